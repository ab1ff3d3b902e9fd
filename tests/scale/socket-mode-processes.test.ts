import { afterEach, describe, expect, it } from 'vitest';
import { createSlackEmulator, type SlackEmulator } from '../../src/playground/emulator/index.js';
import { CONTENT, killIfRunning, type MainProcess, startMain } from '../e2e-process/main-process.js';
import { channelMessage } from '../support/channel-events.js';
import { freshPostgresDatabase } from '../support/postgres.js';
import { waitFor } from '../support/shared-instances.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../support/slack-harness.js';

const EVENTS = 8;

describe('two Socket Mode processes of one app, sharing one database', () => {
  let emulator: SlackEmulator | undefined;
  const runs: MainProcess[] = [];
  afterEach(async () => {
    for (const run of runs.splice(0)) killIfRunning(run);
    await emulator?.stop();
  });

  it('answer each event once, though Slack spreads the event and its retry over both connections', async () => {
    emulator = createSlackEmulator({
      botToken: BOT_TOKEN,
      appToken: APP_TOKEN,
      signingSecret: SIGNING_SECRET,
      delivery: 'socket',
      socketSpread: 'round-robin',
    });
    await emulator.start();
    const env = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: APP_TOKEN,
      SLACK_API_URL: emulator.url,
      DATABASE_URL: await freshPostgresDatabase('socket'),
      CERTPATH_CONTENT_DIR: CONTENT,
      LOG_LEVEL: 'debug',
    };
    for (const _ of [0, 1]) {
      const run = startMain(env);
      runs.push(run);
      await run.printed(/running in Socket Mode/);
    }
    await waitFor(() => emulator!.socketConnectionCount() === 2);

    for (let index = 0; index < EVENTS; index += 1) {
      const ts = `1700000700.00010${index}`;
      const event = channelMessage(ts, 'app_mention');
      const eventId = `Ev0SOCKET00${index}`;
      expect((await emulator.sendEvent(event, { eventId })).status).toBe(200);
      expect((await emulator.sendEvent(event, { eventId, retryNum: 1, retryReason: 'timeout' })).status).toBe(
        200,
      );
    }
    // Every delivery ends in a reply or in "ignored a repeated delivery": wait for all 2 × EVENTS.
    const ignored = () => runs.map((run) => run.output().match(/ignored a repeated delivery/g)?.length ?? 0);
    const posts = () => emulator!.calls('chat.postMessage').length;
    await waitFor(() => posts() + ignored().reduce((a, b) => a + b, 0) >= 2 * EVENTS, 15_000);

    expect(posts()).toBe(EVENTS);
    // Each retry was turned away once, and both connections carried envelopes.
    expect(ignored().reduce((a, b) => a + b, 0)).toBe(EVENTS);
    const envelopes = runs.map(
      (run) => run.output().match(/Received a message on the WebSocket: \{"envelope_id"/g)?.length,
    );
    expect(envelopes).toEqual([EVENTS, EVENTS]);
  });
});
