import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { BOT, createSlackEmulator, type SlackEmulator } from '../../src/playground/emulator/index.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/slack-harness.js';
import { CONTENT, killIfRunning, type MainProcess, startMain } from './main-process.js';

/** Whether a new connection to `url` is refused (the server no longer listens). */
function refusesConnections(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request(url, { method: 'GET', agent: false }, (res) => {
      res.resume();
      resolve(false);
    });
    probe.on('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
    probe.end();
  });
}

describe('shutdown of the real process in HTTP mode', () => {
  let run: MainProcess | undefined;
  let emulator: SlackEmulator | undefined;
  afterEach(async () => {
    killIfRunning(run);
    await emulator?.stop();
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal} stops accepting, finishes the reply under way, and exits 0`, async () => {
      emulator = createSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
      await emulator.start();
      run = startMain({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: emulator.url,
        PORT: '0',
        LOG_LEVEL: 'debug',
        CERTPATH_CONTENT_DIR: CONTENT,
      });
      const [, url] = await run.printed(/running in HTTP mode at (http:\/\/localhost:\d+)\/slack\/events/);
      const base = url!.replace('localhost', '127.0.0.1');
      emulator.setBotUrl(base);

      // A slow Slack: the answer to this mention is under way when the signal comes.
      emulator.faults.push({ method: 'chat.postMessage', kind: 'delay', ms: 1_500 });
      const { message } = await emulator.postUserMessage({
        channel: 'C0GENERAL',
        text: `<@${BOT.userId}> which exam is harder?`,
      });
      await run.printed(/http request url: \S*chat\.postMessage/);
      run.child.kill(signal);
      await run.printed(new RegExp(`received ${signal}`));
      expect(await refusesConnections(`${base}/healthz`)).toBe(true);

      expect(await run.exited).toBe(0);
      const output = run.output();
      const afterSignal = output.slice(output.indexOf(`received ${signal}`));
      expect(afterSignal).toMatch(/http response received[\s\S]*\bstopped\b/);
      const replies = emulator.workspace.messages({ threadTs: message.ts }).filter((m) => m.botId);
      expect(replies).toHaveLength(1);
      expect(emulator.calls('chat.postMessage').map((call) => call.status)).toEqual([200]);
    });
  }
});
