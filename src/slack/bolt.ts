import { createRequire } from 'node:module';
import type * as Bolt from '@slack/bolt';

/**
 * Bolt's runtime pieces, loaded from their own modules instead of the package's index. The index also
 * loads ExpressReceiver and with it Express, which CertPath never uses (measured: a process that only
 * requires `@slack/bolt` holds 72.6 MB, one that requires `@slack/bolt/dist/App` 65.8 MB; the bot's idle
 * RSS fell by about 3 MB). Types still come from '@slack/bolt' (they are erased); the values are the very classes
 * the index re-exports. Bolt is pinned to 5.x and tests/slack/bolt.test.ts fails if a path moves.
 */
const require = createRequire(import.meta.url);
const app = require('@slack/bolt/dist/App.js') as {
  default: typeof Bolt.App;
  LogLevel: typeof Bolt.LogLevel;
};
const defaultOf = <T>(path: string): T => (require(`@slack/bolt/dist/${path}.js`) as { default: T }).default;

export const App = app.default;
export type App = Bolt.App;
export const LogLevel = app.LogLevel;
export type LogLevel = Bolt.LogLevel;
export const HTTPReceiver = defaultOf<typeof Bolt.HTTPReceiver>('receivers/HTTPReceiver');
export type HTTPReceiver = Bolt.HTTPReceiver;
export const SocketModeReceiver = defaultOf<typeof Bolt.SocketModeReceiver>('receivers/SocketModeReceiver');
export type SocketModeReceiver = Bolt.SocketModeReceiver;
export const HTTPModuleFunctions =
  require('@slack/bolt/dist/receivers/HTTPModuleFunctions.js') as typeof Bolt.HTTPModuleFunctions;
export const { isRawBodyError } = HTTPModuleFunctions as unknown as {
  isRawBodyError: typeof Bolt.isRawBodyError;
};
export const AwsLambdaReceiver = defaultOf<typeof Bolt.AwsLambdaReceiver>('receivers/AwsLambdaReceiver');
export type AwsLambdaReceiver = Bolt.AwsLambdaReceiver;
