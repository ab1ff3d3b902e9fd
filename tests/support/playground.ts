import type { Answerer } from '../../src/core/answer/answerer.js';
import { createAnswerer } from '../../src/core/answer/answerer.js';
import { type RunningPlayground, startPlayground } from '../../src/playground/start-playground.js';
import { createLogger } from '../../src/slack/logger.js';
import { frozenAnswerer } from './frozen-answerer.js';
import { GUIDES } from './slack-harness.js';

export interface TestPlaygroundOptions {
  /** Stands in for the real answerer, e.g. one whose replies Slack would reject. */
  answerer?: (real: Answerer) => Answerer;
  listen?: 'questions' | 'off';
  /** The page's port; a free one by default. */
  port?: number;
}

/** A running playground and every line its bot logged. */
export interface TestPlayground extends RunningPlayground {
  logs: string[];
}

/**
 * The playground exactly as `npm start` runs it (the real guides, the real Bolt app in HTTP
 * mode behind the emulator), on a free port, logging into an array instead of the console.
 */
export async function startTestPlayground(options: TestPlaygroundOptions = {}): Promise<TestPlayground> {
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', sink: (_, line) => logs.push(line) });
  const real = frozenAnswerer(createAnswerer(GUIDES, { command: '/certpath' }));
  const config = {
    command: '/certpath',
    contentDir: 'content',
    listen: options.listen ?? 'questions',
    logLevel: 'debug',
  } as const;
  const running = await startPlayground({
    config,
    answerer: options.answerer ? options.answerer(real) : real,
    logger,
    port: options.port ?? 0,
  });
  return Object.assign(running, { logs });
}
