/**
 * The framework floor: a Bolt app built like the real one (HTTPReceiver on the same path, Web API at
 * the fake, initialised with auth.test) whose slash command acks a fixed message — the bot's own answer to one question, built once: no matching, no rendering.
 */
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { BENCH_SECRETS, COMMAND, EVENTS_PATH } from '../slack-requests.js';
import { FLOOR_MESSAGE } from './fixed-answers.js';
import { serveUntilStopped } from './server-lifecycle.js';

const slackApiUrl = process.env.SLACK_API_URL;
if (!slackApiUrl) throw new Error('SLACK_API_URL is required (the fake Web API)');

const app = new App({
  token: BENCH_SECRETS.botToken,
  receiver: new HTTPReceiver({
    signingSecret: BENCH_SECRETS.signingSecret,
    endpoints: EVENTS_PATH,
    logLevel: LogLevel.ERROR,
  }),
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl },
  deferInitialization: true,
  convoStore: false,
});
app.command(COMMAND, async ({ ack }) => {
  await ack(FLOOR_MESSAGE);
});
await app.init();
const server = (await app.start({ port: 0, host: '127.0.0.1' })) as { address(): AddressInfo };
serveUntilStopped(server.address().port, () => app.stop().then(() => undefined));
