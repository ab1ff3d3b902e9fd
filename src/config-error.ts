/** One environment variable that is missing or malformed, and what is wrong with it. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

/** The environment cannot start the bot; names every variable at fault, not just the first. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly ConfigProblem[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(`configuration is invalid (${count}):\n${problems.map(formatConfigProblem).join('\n')}`);
  }
}

/** `SLACK_APP_TOKEN: must be an app-level token starting with xapp-` */
export function formatConfigProblem(problem: ConfigProblem): string {
  return `${problem.variable}: ${problem.message}`;
}
