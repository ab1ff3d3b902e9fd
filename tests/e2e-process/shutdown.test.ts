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

  /** Starts the bot against a fresh emulator; resolves with the bot's base URL. */
  async function startBot(env: Record<string, string> = {}): Promise<string> {
    emulator = createSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
    await emulator.start();
    run = startMain({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: emulator.url,
      PORT: '0',
      LOG_LEVEL: 'debug',
      CERTPATH_CONTENT_DIR: CONTENT,
      ...env,
    });
    const [, url] = await run.printed(/running in HTTP mode at (http:\/\/localhost:\d+)\/slack\/events/);
    const base = url!.replace('localhost', '127.0.0.1');
    emulator.setBotUrl(base);
    return base;
  }

  it('on SIGTERM during a Web API call that hangs past its timeout, delivers the reply through the retry and exits 0', async () => {
    // The grace is 2 × 1 s + 4 s + 1 s = 7 s; the call hangs 12 s, the retry answers at once.
    await startBot({ SLACK_API_TIMEOUT_MS: '1000' });
    emulator!.faults.push({ method: 'chat.postMessage', kind: 'delay', ms: 12_000 });
    const { message } = await emulator!.postUserMessage({
      channel: 'C0GENERAL',
      text: `<@${BOT.userId}> which exam is harder?`,
    });
    await run!.printed(/http request url: \S*chat\.postMessage/);
    run!.child.kill('SIGTERM');
    expect(await run!.exited).toBe(0);
    const replies = emulator!.workspace.messages({ threadTs: message.ts }).filter((m) => m.botId);
    expect(replies).toHaveLength(1);
    expect(run!.output()).toMatch(/\bstopped\b/);
    expect(run!.output()).not.toMatch(/shutdown grace/);
  }, 30_000);

  it('on SIGTERM with every attempt hanging, cuts the reply at the end of the grace, says so, and exits 0', async () => {
    await startBot({ SLACK_API_TIMEOUT_MS: '1000' });
    for (let i = 0; i < 4; i++)
      emulator!.faults.push({ method: 'chat.postMessage', kind: 'delay', ms: 60_000 });
    await emulator!.postUserMessage({ channel: 'C0GENERAL', text: `<@${BOT.userId}> which exam is harder?` });
    await run!.printed(/http request url: \S*chat\.postMessage/);
    run!.child.kill('SIGTERM');
    expect(await run!.exited).toBe(0);
    expect(run!.output()).toMatch(
      /1 reply still under way after the 7000 ms shutdown grace: cut, and stopped/,
    );
  }, 30_000);

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
