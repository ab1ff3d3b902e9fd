/**
 * What `npm start` tells the person running the bot (not Slack users: their words live in
 * core/render/messages.ts).
 */
export const STARTUP_WORDS = {
  configInvalid: (count: number) =>
    `certpath: the configuration is invalid (${count} problem${count === 1 ? '' : 's'}). Fix them in .env or the environment; .env.example documents every variable.`,
  contentInvalid: (count: number) =>
    `certpath: the content is invalid (${count} problem${count === 1 ? '' : 's'}). Check it with: npx certpath content check`,
  running: (mode: string, url: string, guides: number, sections: number) => {
    const where = mode === 'socket' ? `in Socket Mode through ${url}` : `in HTTP mode at ${url}`;
    return `CertPath is running ${where} (${guides} guide${guides === 1 ? '' : 's'}, ${sections} sections)`;
  },
  startFailed: 'could not start the Slack app',
  slackUnreachable: (token: string, apiUrl: string, reason: string) =>
    `certpath: could not reach Slack (${apiUrl}) to check ${token}: ${reason}. Check the network connection (or SLACK_API_URL) and start again.`,
  tokenRefused: (token: string, error: string) =>
    `certpath: Slack refused ${token} (${error}). Copy the token again from the app's settings at api.slack.com/apps.`,
  stopping: (signal: string) => `received ${signal}: stopping, finishing the replies under way`,
  stopped: 'stopped',
  stopFailed: 'could not stop cleanly',
  stopTimedOut: (ms: number, underWay: number) =>
    `${underWay} repl${underWay === 1 ? 'y' : 'ies'} still under way after the ${ms} ms shutdown grace: cut, and stopped`,
  retryAfterCut: (count: number) =>
    `stopping: not waiting out Slack's Retry-After for ${count} call${count === 1 ? '' : 's'}; those replies are given up`,
  unhandledRejection: 'unhandled promise rejection',
} as const;
