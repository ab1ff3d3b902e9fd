import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackEmulator, type SlackEmulator } from '../../src/playground/emulator/index.js';
import {
  killIfRunning,
  type MainProcess,
  sharedDatabaseHttpEnv,
  startHttpMain,
} from '../e2e-process/main-process.js';
import { channelMessage } from '../support/channel-events.js';
import { LoadBalancer } from '../support/load-balancer.js';
import { waitFor } from '../support/shared-instances.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/slack-harness.js';

/**
 * The same promises as tests/scale/http-instances.test.ts, with two real `dist/main.js` processes
 * (each its own Node, its own pool, one PostgreSQL) instead of two apps in the test's process.
 */
describe('two real bot processes sharing one PostgreSQL', () => {
  let emulator: SlackEmulator;
  let balancer: LoadBalancer;
  const runs: MainProcess[] = [];

  beforeAll(async () => {
    emulator = createSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
    await emulator.start();
    const env = await sharedDatabaseHttpEnv(emulator.url, 'processes');
    const urls: string[] = [];
    for (const _ of [0, 1]) {
      const { run, url } = await startHttpMain(env);
      runs.push(run);
      urls.push(url);
    }
    balancer = new LoadBalancer(urls);
    emulator.setBotUrl(await balancer.start());
  }, 60_000);

  afterAll(async () => {
    for (const run of runs) killIfRunning(run);
    await balancer?.stop();
    await emulator?.stop();
  });

  const posts = () => emulator.calls('chat.postMessage');
  /** Waits for `count` posts, then a little longer, so that a duplicate would have time to arrive. */
  const settle = async (count: number) => {
    await waitFor(
      () => posts().length >= count,
      10_000,
      () => `(${posts().length} posts)`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
  };

  it('answers once when the event goes to A and its retries (1, 2) to B', async () => {
    const before = posts().length;
    const event = channelMessage('1700000900.000100', 'app_mention');
    balancer.route = { kind: 'to', instance: 0 };
    expect((await emulator.sendEvent(event, { eventId: 'Ev0PROC00001' })).status).toBe(200);
    balancer.route = { kind: 'to', instance: 1 };
    for (const retryNum of [1, 2])
      await emulator.sendEvent(event, { eventId: 'Ev0PROC00001', retryNum, retryReason: 'http_timeout' });
    await settle(before + 1);
    expect(posts().length - before).toBe(1);
  }, 30_000);

  it('answers 10 deliveries, each sent to both processes at once, 10 times in all', async () => {
    const before = posts().length;
    balancer.route = { kind: 'all' };
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        emulator.sendEvent(channelMessage(`1700000901.${String(index).padStart(6, '0')}`, 'app_mention'), {
          eventId: `Ev0PROCBOTH${String(index).padStart(3, '0')}`,
        }),
      ),
    );
    await settle(before + 10);
    const threads = posts()
      .slice(before)
      .map((call) => String(call.args.thread_ts));
    expect(threads).toHaveLength(10);
    expect(new Set(threads).size).toBe(10);
  }, 30_000);

  it('answers once when one message comes as app_mention on A and as message.channels on B', async () => {
    const before = posts().length;
    balancer.route = { kind: 'to', instance: 0 };
    await emulator.sendEvent(channelMessage('1700000902.000100', 'app_mention'), { eventId: 'Ev0PROCMENA1' });
    balancer.route = { kind: 'to', instance: 1 };
    await emulator.sendEvent(channelMessage('1700000902.000100', 'message'), { eventId: 'Ev0PROCMSGB1' });
    await settle(before + 1);
    expect(posts().length - before).toBe(1);
  }, 30_000);

  it('answers a channel question once when it reaches A and B under two event ids', async () => {
    const before = posts().length;
    const question = channelMessage('1700000903.000100', 'message', 'which exam is harder?');
    balancer.route = { kind: 'to', instance: 0 };
    await emulator.sendEvent(question, { eventId: 'Ev0PROCCHNA1' });
    balancer.route = { kind: 'to', instance: 1 };
    await emulator.sendEvent(question, { eventId: 'Ev0PROCCHNB1' });
    await settle(before + 1);
    expect(posts().length - before).toBe(1);
  }, 30_000);
});
