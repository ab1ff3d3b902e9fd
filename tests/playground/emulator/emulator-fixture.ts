import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type Logger, LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach } from 'vitest';
import {
  createSlackEmulator,
  type SlackEmulator,
  type SlackEmulatorOptions,
} from '../../../src/playground/emulator/index.js';

/** Tokens and secret every emulator test uses. */
export const BOT_TOKEN = 'xoxb-test-bot-token';
export const APP_TOKEN = 'xapp-test-app-token';
export const SIGNING_SECRET = 'test-signing-secret';

/** A started emulator with the test tokens. */
export async function startEmulator(options: Partial<SlackEmulatorOptions> = {}): Promise<SlackEmulator> {
  const emulator = createSlackEmulator({
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    signingSecret: SIGNING_SECRET,
    ...options,
  });
  await emulator.start();
  return emulator;
}

const noop = () => {};

/** Keeps test output clean: WebClient logs every `response_metadata` message and retry. */
const silentLogger: Logger = {
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  setLevel: noop,
  getLevel: () => LogLevel.ERROR,
  setName: noop,
};

/** A real WebClient pointed at the emulator, as Bolt builds it, with retries fast enough for tests. */
export function webClient(emulator: SlackEmulator, token = BOT_TOKEN): WebClient {
  return new WebClient(token, {
    slackApiUrl: emulator.url,
    logger: silentLogger,
    retryConfig: { retries: 3, factor: 1, minTimeout: 10, maxTimeout: 20 },
  });
}

/** One request the fake bot received, exactly as it arrived. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What the fake bot answers: a status and a body (object → JSON, string → text). */
export type BotReply = { status?: number; body?: unknown };

/** A tiny node:http stand-in for the bot, recording requests and answering with `reply`. */
export interface FakeBot {
  url: string;
  requests: ReceivedRequest[];
  reply: (request: ReceivedRequest) => BotReply | Promise<BotReply>;
  close(): Promise<void>;
}

/** Starts a fake bot on loopback that acks with an empty 200 unless told otherwise. */
export async function startFakeBot(): Promise<FakeBot> {
  const bot = { requests: [] as ReceivedRequest[], reply: (): BotReply => ({}) } as unknown as FakeBot;
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += String(chunk);
    const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
    bot.requests.push(request);
    const reply = await bot.reply(request);
    const isText = typeof reply.body === 'string' || reply.body === undefined;
    res.writeHead(reply.status ?? 200, isText ? {} : { 'content-type': 'application/json' });
    res.end(isText ? ((reply.body as string | undefined) ?? '') : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  bot.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  bot.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return bot;
}

/**
 * Registers hooks that start a fake bot and an emulator delivering to it before each test,
 * and stop both after; read them from the returned object inside tests.
 */
export function useEmulatorWithBot(options: Partial<SlackEmulatorOptions> = {}) {
  const ctx = {} as { emulator: SlackEmulator; bot: FakeBot };
  beforeEach(async () => {
    ctx.bot = await startFakeBot();
    ctx.emulator = await startEmulator({ botUrl: ctx.bot.url, ...options });
  });
  afterEach(async () => {
    await ctx.emulator.stop();
    await ctx.bot.close();
  });
  return ctx;
}

/** The JSON payload of an interaction request (`payload=<json>`). */
export function interactionPayload(request: ReceivedRequest | undefined): Record<string, unknown> {
  return JSON.parse(new URLSearchParams(request?.body ?? '').get('payload') ?? 'null');
}

/** A section with a button, the smallest interactive message. */
export function buttonMessage(actionId = 'pick', value = 'architect') {
  return {
    text: 'Pick a side',
    blocks: [
      { type: 'section', block_id: 'intro', text: { type: 'mrkdwn', text: '*Which exam?*' } },
      {
        type: 'actions',
        block_id: 'choices',
        elements: [
          { type: 'button', action_id: actionId, value, text: { type: 'plain_text', text: 'Architect' } },
        ],
      },
    ],
  };
}
