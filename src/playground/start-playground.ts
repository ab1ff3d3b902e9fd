import type { Logger } from '@slack/bolt';
import type { Answerer } from '../core/answer/answerer.js';
import type { RunningApp } from '../slack/start-app.js';
import type { Learning } from '../store/learning.js';
import type { SlackEmulator } from './emulator/index.js';
import { type LocalBotSettings, startLocalBot } from './local-bot.js';
import { PageActions } from './server/page-actions.js';
import { startPageServer } from './server/page-server.js';

export interface PlaygroundOptions {
  /** Command, listening and logging settings. */
  config: LocalBotSettings;
  answerer: Answerer;
  logger: Logger;
  /** The page's port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Feedback, unanswered questions and lessons (issue 14). */
  learning?: Learning;
}

/** A running playground: the page's URL, how to stop it, and the local Slack behind it. */
export interface RunningPlayground extends RunningApp {
  /** `http://localhost:PORT`: the page. */
  readonly url: string;
  readonly port: number;
  readonly emulator: SlackEmulator;
  /** The bot's own `/slack/events` URL (loopback, on a port of its own). */
  readonly botUrl: string;
  /** Resolves once the bot has finished every delivery it acknowledged so far. */
  settle(timeoutMs?: number): Promise<void>;
}

/**
 * Starts the real bot against the Slack emulator, and the page that lets a person use that
 * Slack. Everything listens on 127.0.0.1: the page on `port`, the bot and the emulator on free
 * ports. `stop()` closes the page first, lets the bot finish its replies, then stops Slack.
 */
export async function startPlayground({
  config,
  answerer,
  logger,
  port,
  learning,
}: PlaygroundOptions): Promise<RunningPlayground> {
  const bot = await startLocalBot(config, answerer, logger, learning);
  const { emulator } = bot;
  const command = answerer.command;
  const actions = new PageActions({ emulator, command, logger, onDelivered: bot.delivered });
  const page = await startPageServer({ actions, workspace: emulator.workspace, command, logger }, port).catch(
    async (error: unknown) => {
      await bot.stop();
      throw error;
    },
  );
  return {
    url: page.url,
    port: page.port,
    emulator,
    botUrl: bot.url,
    settle: bot.settle,
    stop: async () => {
      await page.stop();
      await bot.stop();
    },
  };
}
