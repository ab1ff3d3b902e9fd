import { afterEach, describe, expect, it } from 'vitest';
import { BOT, createSlackEmulator, type SlackEmulator } from '../../src/playground/emulator/index.js';
import {
  killIfRunning,
  type MainProcess,
  sharedDatabaseHttpEnv,
  startHttpMain,
} from '../e2e-process/main-process.js';
import { LoadBalancer } from '../support/load-balancer.js';
import { waitFor } from '../support/shared-instances.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/slack-harness.js';

const ROUNDS = 24;

describe('a rolling restart of one of two HTTP processes under load', () => {
  let emulator: SlackEmulator | undefined;
  let balancer: LoadBalancer | undefined;
  const runs: MainProcess[] = [];
  afterEach(async () => {
    for (const run of runs.splice(0)) killIfRunning(run);
    await balancer?.stop();
    await emulator?.stop();
  });

  it('loses no accepted request: every slash command answered, every mention answered exactly once', {
    timeout: 60_000,
  }, async () => {
    emulator = createSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
    await emulator.start();
    const env = await sharedDatabaseHttpEnv(emulator.url, 'restart');
    const [a, b] = [await startHttpMain(env), await startHttpMain(env)];
    runs.push(a.run, b.run);
    balancer = new LoadBalancer([a.url, b.url]);
    emulator.setBotUrl(await balancer.start());

    const answers: (string | undefined)[] = [];
    const mentioned: string[] = [];
    let aExited: Promise<number | null> | undefined;
    for (let round = 0; round < ROUNDS; round += 1) {
      if (round === 6) {
        a.run.child.kill('SIGTERM');
        aExited = a.run.exited;
      }
      if (round === 14) {
        expect(await aExited).toBe(0);
        const restarted = await startHttpMain(env);
        runs.push(restarted.run);
        balancer.instances[0] = restarted.url;
      }
      const ts = `1700000800.${String(round).padStart(6, '0')}`;
      mentioned.push(ts);
      const [command, event] = await Promise.all([
        emulator.sendSlashCommand({ command: '/certpath', text: 'which exam is harder?' }),
        emulator.sendEvent(
          {
            type: 'app_mention',
            user: 'U0HUMAN',
            text: `<@${BOT.userId}> which exam pays more?`,
            ts,
            channel: 'C0GENERAL',
          },
          { eventId: `Ev0ROLL${String(round).padStart(5, '0')}` },
        ),
      ]);
      expect(event.status).toBe(200);
      answers.push(command.status === 200 ? command.ackMessage?.text : `status ${command.status}`);
    }

    expect(answers.filter((text) => !text || text.startsWith('status'))).toEqual([]);
    const threads = () => emulator!.calls('chat.postMessage').map((call) => String(call.args.thread_ts));
    await waitFor(
      () => threads().length >= ROUNDS,
      15_000,
      () => `${threads().length} replies`,
    );
    expect(threads().sort()).toEqual(mentioned.sort());
    // Both the survivor and the restarted instance served while the other was away.
    expect(balancer.served.every((count) => count > 0)).toBe(true);
  });
});
