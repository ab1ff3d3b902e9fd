import type { Server } from 'node:http';
import { App, LogLevel } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import type { SlackEmulator } from '../../../src/playground/emulator/index.js';
import { APP_TOKEN, BOT_TOKEN, buttonMessage, SIGNING_SECRET, startEmulator } from './emulator-fixture.js';

/** A minimal real Bolt app: answers /certpath in the ack and replaces the message on a click. */
function wire(app: App): void {
  app.command('/certpath', async ({ ack, command }) => {
    await ack({ text: `Comparing ${command.text}` });
  });
  app.event('app_mention', async ({ event, say }) => {
    await say({ ...buttonMessage(), thread_ts: event.ts });
  });
  app.action('pick', async ({ ack, respond }) => {
    await ack();
    await respond({ replace_original: true, text: 'You picked Architect' });
  });
}

describe('the emulator with a real Bolt app', () => {
  let emulator: SlackEmulator;
  let app: App;

  afterEach(async () => {
    await app.stop();
    await emulator.stop();
  });

  it('drives a Bolt app over signed HTTP', async () => {
    emulator = await startEmulator();
    app = new App({
      token: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: emulator.url },
    });
    wire(app);
    const server = (await app.start(0)) as Server;
    const address = server.address();
    emulator.setBotUrl(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    await runScenario(emulator);
  });

  it('drives a Bolt app over Socket Mode', async () => {
    emulator = await startEmulator({ delivery: 'socket' });
    app = new App({
      token: BOT_TOKEN,
      appToken: APP_TOKEN,
      socketMode: true,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: emulator.url },
      installerOptions: { clientOptions: { slackApiUrl: emulator.url } },
    });
    wire(app);
    await app.start();
    await emulator.waitForSocketConnection();
    await runScenario(emulator);
  });
});

async function runScenario(emulator: SlackEmulator): Promise<void> {
  const command = await emulator.sendSlashCommand({ command: '/certpath', text: 'difficulty' });
  expect(command.ackMessage).toMatchObject({ text: 'Comparing difficulty', ephemeralTo: 'U0HUMAN' });
  const { message } = await emulator.postUserMessage({
    channel: 'C0GENERAL',
    text: '<@U0CERTBOT> which one?',
  });
  const posted = await emulator.waitForCall('chat.postMessage');
  expect(posted.response).toMatchObject({ ok: true, message: { thread_ts: message.ts } });
  const ts = String((posted.response as { ts: string }).ts);
  await emulator.clickButton(ts, 'pick');
  await expect.poll(() => emulator.workspace.message(ts)?.text).toBe('You picked Architect');
}
