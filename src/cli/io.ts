import { createInterface } from 'node:readline';

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Lines of standard input, one at a time. */
  lines(): AsyncIterable<string>;
  /** Whether standard output is a terminal (colours, widths). */
  isTty: boolean;
  cwd: string;
}

/** The real process's streams. */
export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    lines: () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
    isTty: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
  };
}
