import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/config.js';
import { createAnswerer } from '../../../src/core/answer/answerer.js';
import {
  createSlackEmulator,
  type SlackEmulator,
  slackSignatureHeaders,
} from '../../../src/playground/emulator/index.js';
import { createSlackApp } from '../../../src/slack/create-app.js';
import { createMemoryDedupStore } from '../../../src/slack/dedup-store.js';
import { InFlight } from '../../../src/slack/in-flight.js';
import { createLogger } from '../../../src/slack/logger.js';
import { type RunningApp, startSlackApp } from '../../../src/slack/start-app.js';
import { BOT_TOKEN, GUIDES, SIGNING_SECRET } from '../../support/slack-harness.js';
import {
  collectGarbage,
  commandBody,
  eventBody,
  eventTs,
  inParallel,
  interleaved,
  isMention,
} from './soak-traffic.js';

const COMMANDS = 2_000;
const EVENTS = 1_000;
/** Every tenth event comes again as Slack's retry; the bot must not answer it twice. */
const RETRY_EVERY = 10;
const CONCURRENCY = 16;
const WARM_UP = { commands: 200, events: 100 };
/** What the emulator keeps of the replies counts too; a leak of a few kB a delivery does not fit. */
const HEAP_GROWTH_LIMIT = 16 * 1024 * 1024;

/**
 * The real app in HTTP mode, sent signed requests directly (the emulator only plays the Web API,
 * so it keeps no copy of the slash command answers), with its own in-flight counter to wait on.
 */
describe('soak: thousands of signed deliveries through the real app', () => {
  let emulator: SlackEmulator;
  let running: RunningApp;
  const inFlight = new InFlight();
  const logs: string[] = [];
  let delivered = 0;

  beforeAll(async () => {
    emulator = createSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
    await emulator.start();
    const env = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: emulator.url,
    };
    const config = readConfig(env);
    if (config.mode !== 'http') throw new Error('the soak runs in HTTP mode');
    const secrets = [BOT_TOKEN, SIGNING_SECRET];
    const logger = createLogger({ level: 'info', secrets, sink: (_, line) => logs.push(line) });
    const answerer = createAnswerer(GUIDES, { command: config.command });
    const app = createSlackApp({ config, answerer, logger, dedup: createMemoryDedupStore(), inFlight });
    running = await startSlackApp(app, config, { inFlight, host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await running.stop();
    await emulator.stop();
  });

  async function post(body: string, type: string, retryNum?: number) {
    const headers: Record<string, string> = {
      'Content-Type': type,
      ...slackSignatureHeaders(SIGNING_SECRET, body),
    };
    if (retryNum !== undefined) headers['X-Slack-Retry-Num'] = String(retryNum);
    const response = await fetch(running.url, { method: 'POST', headers, body });
    delivered += 1;
    return { status: response.status, text: await response.text() };
  }

  async function command(i: number): Promise<void> {
    const { status, text } = await post(
      commandBody(i, `${emulator.baseUrl}/response/none`),
      'application/x-www-form-urlencoded',
    );
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ response_type: 'ephemeral', text: expect.any(String) });
  }

  async function event(round: number, i: number): Promise<void> {
    const attempts = i % RETRY_EVERY === 0 ? [undefined, 1] : [undefined];
    for (const retryNum of attempts) {
      expect((await post(eventBody(round, i), 'application/json', retryNum)).status).toBe(200);
    }
  }

  /** Sends a round of commands and events, interleaved, and waits until the bot is done with all. */
  async function round(number: number, commands: number, events: number): Promise<void> {
    const work = [
      ...Array.from({ length: commands }, (_, i) => () => command(i)),
      ...Array.from({ length: events }, (_, i) => () => event(number, i)),
    ];
    await inParallel(interleaved(work.length), CONCURRENCY, (i) => work[i]!());
    await inFlight.settledAtLeast(delivered);
  }

  it(`answers ${COMMANDS} slash commands and ${EVENTS} events: no error, no duplicate, bounded memory`, async () => {
    const gc = collectGarbage();
    await round(1, WARM_UP.commands, WARM_UP.events);
    gc();
    const before = process.memoryUsage().heapUsed;
    await round(2, COMMANDS, EVENTS);
    gc();
    const after = process.memoryUsage().heapUsed;

    expect(delivered).toBe(
      COMMANDS + EVENTS * (1 + 1 / RETRY_EVERY) + WARM_UP.commands + WARM_UP.events * (1 + 1 / RETRY_EVERY),
    );
    expect(logs.filter((line) => /^\[(ERROR|WARN)\]/.test(line))).toEqual([]);
    const calls = emulator.calls();
    expect(
      calls.filter((call) => call.status !== 200 || (call.response as { ok?: boolean }).ok !== true),
    ).toEqual([]);
    expect(new Set(calls.map((call) => call.method))).toEqual(new Set(['auth.test', 'chat.postMessage']));
    const threads = emulator.calls('chat.postMessage').map((call) => String(call.args.thread_ts));
    expect(threads).toHaveLength(new Set(threads).size);
    const unanswered = Array.from({ length: EVENTS }, (_, i) => i).filter(
      (i) => isMention(i) && !threads.includes(eventTs(2, i)),
    );
    expect(unanswered).toEqual([]);
    expect(after - before).toBeLessThan(HEAP_GROWTH_LIMIT);
  }, 120_000);
});
