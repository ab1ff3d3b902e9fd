import { runAsk } from './ask-command.js';
import { runContent } from './content-command.js';
import { runEval } from './eval-command.js';
import { type CliIo, processIo } from './io.js';
import { runRecommend } from './recommend-command.js';
import { runReport } from './report-command.js';
import { runTeach } from './teach-command.js';
import { USAGE, UsageError } from './usage.js';
import { cliVersion } from './version.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  ask: runAsk,
  content: runContent,
  eval: runEval,
  recommend: runRecommend,
  report: runReport,
  teach: runTeach,
};

/** Runs the `certpath` command line; resolves to the process exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`certpath ${cliVersion()}`);
    return 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(`unknown command '${name}'`);
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`certpath: ${(error as Error).message}\nRun 'certpath --help' for usage.`);
      return 2;
    }
    throw error;
  }
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed flags. */
function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof Error && String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS')
  );
}
