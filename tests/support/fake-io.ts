import type { CliIo } from '../../src/cli/io.js';

/** A CliIo that records what the CLI prints, not a terminal. */
export interface FakeIo extends CliIo {
  /** Everything written to stdout, one entry a line written. */
  readonly stdout: string[];
  readonly stderr: string[];
}

/** A fake io whose standard input holds `input`, one line an entry, run from `cwd`. */
export function fakeIo(input: readonly string[] = [], cwd = process.cwd()): FakeIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => void stdout.push(line),
    err: (line) => void stderr.push(line),
    lines: async function* () {
      yield* input;
    },
    isTty: false,
    stdinIsTty: false,
    cwd,
  };
}
