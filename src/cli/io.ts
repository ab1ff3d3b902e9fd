import { createInterface } from 'node:readline';

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Lines of standard input, one at a time. */
  lines(): AsyncIterable<string>;
  /** Whether standard output is a terminal (colours, widths). */
  isTty: boolean;
  /** Whether standard input is a terminal (a person typing, not a pipe). */
  stdinIsTty: boolean;
  /** The terminal's width in columns; undefined when standard output is not a terminal. */
  columns?: number;
  cwd: string;
}

/** The real process's streams. */
export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    lines: () => createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY }),
    isTty: Boolean(process.stdout.isTTY),
    stdinIsTty: Boolean(process.stdin.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
    cwd: process.cwd(),
  };
}

/** Columns to draw in: the terminal's width (at most 100, which reads best), else 100 for pipes and files. */
export function drawingWidth(io: Pick<CliIo, 'columns'>): number {
  return io.columns ? Math.max(20, Math.min(io.columns, 100)) : 100;
}
