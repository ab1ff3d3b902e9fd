import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackEmulator, type SlackEmulator } from '../src/playground/emulator/index.js';
import { BOT_TOKEN, SIGNING_SECRET } from './support/slack-harness.js';

const MAIN = resolve(import.meta.dirname, '../src/main.ts');
const CONTENT = resolve(import.meta.dirname, '../content');
/** tsx's loader, by absolute URL: the child runs in an empty folder where `tsx` would not resolve. */
const TSX = pathToFileURL(resolve(import.meta.dirname, '../node_modules/tsx/dist/loader.mjs')).href;

/** `npm start`, more or less: src/main.ts under tsx, in an empty folder (so no stray .env), with only `env`. */
function startMain(env: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'certpath-main-'));
  const child = spawn(process.execPath, ['--import', TSX, MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  // The empty folder goes with the process, however it ends.
  child.on('exit', () => rmSync(cwd, { recursive: true, force: true }));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const printed = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((done, fail) => {
      const check = () => {
        const match = pattern.exec(stdout);
        if (match) done(match);
      };
      child.stdout.on('data', check);
      child.on('exit', () => fail(new Error(`exited without printing ${pattern}:\n${stdout}\n${stderr}`)));
      check();
    });
  return { child, exited, printed, output: () => ({ stdout, stderr }) };
}

describe('main', () => {
  let child: ChildProcess | undefined;
  let emulator: SlackEmulator | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await emulator?.stop();
    child = undefined;
    emulator = undefined;
  });

  it('prints every configuration problem and exits 1', async () => {
    const run = startMain({
      SLACK_BOT_TOKEN: 'not-a-token',
      LOG_LEVEL: 'loud',
      CERTPATH_LISTEN: 'sometimes',
    });
    child = run.child;
    expect(await run.exited).toBe(1);
    const { stderr } = run.output();
    expect(stderr).toContain('SLACK_BOT_TOKEN: must be a bot token starting with xoxb-');
    expect(stderr).toContain('LOG_LEVEL: must be debug, info, warn or error');
    expect(stderr).toContain('CERTPATH_LISTEN: must be questions or off');
  });

  it('prints every content problem and exits 1', async () => {
    const run = startMain({ CERTPATH_CONTENT_DIR: join(tmpdir(), 'certpath-no-such-content') });
    child = run.child;
    expect(await run.exited).toBe(1);
    expect(run.output().stderr).toContain('content folder not found');
  });

  it('starts the playground when there are no credentials, prints its URL, and exits 0 on SIGTERM', async () => {
    const run = startMain({ CERTPATH_CONTENT_DIR: CONTENT, PORT: '0' });
    child = run.child;
    const [, url] = await run.printed(/playground is running: open (http:\/\/localhost:\d+)/);
    const page = await fetch(url!.replace('localhost', '127.0.0.1'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('role="log"');
    const { stdout } = run.output();
    expect(stdout).toContain('SLACK_APP_TOKEN');
    expect(stdout).toContain('SLACK_SIGNING_SECRET');
    child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('exits 1 when Slack refuses the bot token, without printing it', async () => {
    emulator = createSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
    await emulator.start();
    const wrongToken = 'xoxb-9-9-revokedtoken';
    const run = startMain({
      SLACK_BOT_TOKEN: wrongToken,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: emulator.url,
      PORT: '0',
      CERTPATH_CONTENT_DIR: CONTENT,
    });
    child = run.child;
    expect(await run.exited).toBe(1);
    const { stdout, stderr } = run.output();
    expect(stderr).toContain('certpath: Slack refused SLACK_BOT_TOKEN (invalid_auth)');
    expect(stdout + stderr).not.toMatch(/^\s+at /m);
    expect(stdout + stderr).not.toContain(wrongToken);
  });

  it('says it could not reach Slack to check the bot token, without a stack trace, and exits 1', async () => {
    // A loopback port nothing listens on: Slack's Web API out of reach, as with no network.
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    const apiUrl = `http://127.0.0.1:${port}/api/`;
    const run = startMain({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      PORT: '0',
      CERTPATH_CONTENT_DIR: CONTENT,
    });
    child = run.child;
    expect(await run.exited).toBe(1);
    const { stdout, stderr } = run.output();
    expect(stderr).toContain(`certpath: could not reach Slack (${apiUrl}) to check SLACK_BOT_TOKEN`);
    expect(stderr).toContain('ECONNREFUSED');
    expect(stdout + stderr).not.toMatch(/^\s+at /m);
    expect(stdout + stderr).not.toContain(BOT_TOKEN);
  }, 60_000);

  it('starts in HTTP mode, logs its URL, answers, and exits 0 on SIGTERM', async () => {
    emulator = createSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
    await emulator.start();
    const run = startMain({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: emulator.url,
      PORT: '0',
      CERTPATH_CONTENT_DIR: CONTENT,
    });
    child = run.child;
    const [, url] = await run.printed(/running in HTTP mode at (http:\/\/localhost:\d+\/slack\/events)/);
    emulator.setBotUrl(url!.replace('localhost', '127.0.0.1'));
    const result = await emulator.sendSlashCommand({ command: '/certpath', text: 'which exam is harder?' });
    expect(result.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('harder'),
    });
    child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    const { stdout, stderr } = run.output();
    expect(stdout).toContain('stopped');
    expect(stdout + stderr).not.toContain(BOT_TOKEN);
    expect(stdout + stderr).not.toContain(SIGNING_SECRET);
  });
});
