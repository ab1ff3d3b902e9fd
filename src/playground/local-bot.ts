import { randomBytes } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import type { HttpConfig, PlaygroundConfig } from '../config.js';
import type { Answerer } from '../core/answer/answerer.js';
import { createSlackApp } from '../slack/create-app.js';
import { createMemoryDedupStore } from '../slack/dedup-store.js';
import { InFlight } from '../slack/in-flight.js';
import { type RunningApp, startSlackApp } from '../slack/start-app.js';
import type { Learning } from '../store/learning.js';
import { type BotResponse, createSlackEmulator, type SlackEmulator } from './emulator/index.js';
import { PlaygroundError } from './errors.js';

/** What the bot needs from the playground's configuration; its Slack credentials are made up. */
export type LocalBotSettings = Pick<PlaygroundConfig, 'command' | 'contentDir' | 'listen' | 'logLevel'>;

/** The production bot, running against the emulator on loopback. */
export interface LocalBot {
  readonly emulator: SlackEmulator;
  /** The bot's `/slack/events` URL. */
  readonly url: string;
  /** Counts an answer the bot gave to a delivery, so that `settle` knows what to wait for. */
  delivered(response: BotResponse): void;
  /** Resolves once the bot has finished every delivery it acknowledged so far. */
  settle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** HTTP mode exactly as in production, with throwaway credentials and the emulator as Slack. */
function httpConfig(settings: LocalBotSettings, credentials: Credentials, slackApiUrl: string): HttpConfig {
  const { command, contentDir, listen, logLevel } = settings;
  return { mode: 'http', command, contentDir, listen, logLevel, ...credentials, port: 0, slackApiUrl };
}

interface Credentials {
  botToken: string;
  signingSecret: string;
}

/**
 * Starts the emulator, then the real Bolt app (src/slack/create-app.ts, HTTP mode, signature
 * verification on) against it; both listen on 127.0.0.1, on free ports.
 */
export async function startLocalBot(
  settings: LocalBotSettings,
  answerer: Answerer,
  logger: Logger,
  learning?: Learning,
): Promise<LocalBot> {
  const credentials = {
    botToken: `xoxb-playground-${randomBytes(12).toString('hex')}`,
    signingSecret: randomBytes(16).toString('hex'),
  };
  const emulator = createSlackEmulator(credentials);
  await emulator.start();
  const config = httpConfig(settings, credentials, emulator.url);
  const inFlight = new InFlight();
  let app: RunningApp;
  try {
    const dedup = createMemoryDedupStore();
    const bolt = createSlackApp({
      config,
      answerer,
      logger,
      dedup,
      inFlight,
      ...(learning ? { learning } : {}),
    });
    app = await startSlackApp(bolt, config, { inFlight, host: '127.0.0.1', port: 0 });
  } catch (error) {
    await emulator.stop();
    throw error;
  }
  emulator.setBotUrl(app.url);
  let acknowledged = 0;
  return {
    emulator,
    url: app.url,
    delivered: (response) => {
      if (response.status === 200) acknowledged += 1;
    },
    settle: (timeoutMs = 5000) => settleWithin(inFlight, acknowledged, timeoutMs),
    stop: async () => {
      await app.stop();
      await emulator.stop();
    },
  };
}

async function settleWithin(inFlight: InFlight, count: number, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    const message = `the bot finished ${inFlight.settled} of ${count} deliveries within ${timeoutMs} ms`;
    timer = setTimeout(() => reject(new PlaygroundError('SETTLE_TIMEOUT', message)), timeoutMs);
  });
  try {
    await Promise.race([inFlight.settledAtLeast(count), late]);
  } finally {
    clearTimeout(timer);
  }
}
