import { AwsLambdaReceiver, type Logger } from '@slack/bolt';
import type { HttpConfig } from './config.js';
import type { Answerer } from './core/answer/answerer.js';
import { createSlackApp } from './slack/create-app.js';
import type { DedupStore } from './slack/dedup-store.js';
import { type LambdaHandler, screenedLambdaHandler } from './slack/lambda/lambda-handler.js';
import type { ThreadMemory } from './slack/thread-memory.js';

export type { LambdaHttpEvent, LambdaHttpResponse } from './slack/lambda/lambda-event.js';
export type { LambdaHandler } from './slack/lambda/lambda-handler.js';

export interface LambdaDeps {
  config: HttpConfig;
  answerer: Answerer;
  logger: Logger;
  /** Shared by every container: Lambda keeps no memory between invocations that can be relied on. */
  dedup: DedupStore;
  threads: ThreadMemory;
  now?: () => number;
}

/**
 * The bot as a Lambda handler: the same app and listeners as HTTP mode, on Bolt's AwsLambdaReceiver
 * behind our screen (see lambda-handler.ts). `auth.test` runs here, once per container.
 */
export async function createLambdaHandler(deps: LambdaDeps): Promise<LambdaHandler> {
  const { config, logger } = deps;
  const receiver = new AwsLambdaReceiver({
    signingSecret: config.signingSecret,
    logger,
    logLevel: logger.getLevel(),
    signatureVerification: false,
  });
  const app = createSlackApp({ ...deps, receiver });
  await app.init();
  return screenedLambdaHandler(receiver.toHandler(), {
    signingSecret: config.signingSecret,
    logger,
    ...(deps.now ? { now: deps.now } : {}),
  });
}
