import { resolve } from 'node:path';
import type { Logger } from '@slack/bolt';
import { type HttpConfig, secretsIn, secretsOf } from './config.js';
import { type Answerer, createAnswerer } from './core/answer/answerer.js';
import { loadContent } from './core/content/load-content.js';
import { AwsLambdaReceiver } from './slack/bolt.js';
import { createSlackApp } from './slack/create-app.js';
import type { DedupStore } from './slack/dedup-store.js';
import { readLambdaConfig } from './slack/lambda/lambda-config.js';
import { type LambdaHandler, screenedLambdaHandler } from './slack/lambda/lambda-handler.js';
import { withLearningPerInvocation } from './slack/lambda/learning-per-invocation.js';
import { createLogger } from './slack/logger.js';
import type { ThreadMemory } from './slack/thread-memory.js';
import { openDeliveryClaims } from './store/claims/open-claims.js';
import type { Learning } from './store/learning.js';
import { openLearning } from './store/start-learning.js';

export type { LambdaHttpEvent, LambdaHttpResponse } from './slack/lambda/lambda-event.js';
export type { LambdaHandler } from './slack/lambda/lambda-handler.js';

export interface LambdaDeps {
  config: HttpConfig;
  answerer: Answerer;
  logger: Logger;
  /** Shared by every container: Lambda keeps no memory between invocations that can be relied on. */
  dedup: DedupStore;
  threads: ThreadMemory;
  /** Feedback, unanswered questions and lessons (issue 14), kept in the same PostgreSQL. */
  learning?: Learning;
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
  const handle = screenedLambdaHandler(receiver.toHandler(), {
    signingSecret: config.signingSecret,
    logger,
    ...(deps.now ? { now: deps.now } : {}),
  });
  return deps.learning ? withLearningPerInvocation(handle, deps.learning) : handle;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * A handler that sets itself up on its first invocation (configuration, guide, index, database
 * pool, `auth.test`) and reuses all of it while the container lives. A failed set-up is not
 * cached: the next invocation tries again (a database that was briefly unreachable).
 */
export function createContainerHandler(env: Env): LambdaHandler {
  let container: Promise<LambdaHandler> | undefined;
  return async (event, context) => {
    container ??= setUpContainer(env).catch((error: unknown) => {
      container = undefined;
      throw error;
    });
    return (await container)(event, context);
  };
}

async function setUpContainer(env: Env): Promise<LambdaHandler> {
  const config = readLambdaConfig(env);
  const logger = createLogger({ level: config.logLevel, secrets: [...secretsOf(config), ...secretsIn(env)] });
  const store = config.store!;
  // The database is opened (and migrated, once, by the learning store) while the guide loads. No
  // timers here: withLearningPerInvocation reloads lessons and writes the queue per invocation.
  const opening = Promise.all([
    openLearning({ store, admins: config.admins ?? [], logger }),
    openDeliveryClaims(store, logger, { migrate: false }),
  ]);
  const guides = loadContent(resolve(config.contentDir));
  const [learning, { dedup, threads }] = await opening;
  const answerer = createAnswerer(guides, { command: config.command, learned: learning.phrasebook });
  return createLambdaHandler({ config, answerer, logger, dedup, threads, learning });
}

/** The Lambda entry point (`dist/lambda.handler`, deploy/template.yaml), configured by the environment. */
export const handler: LambdaHandler = createContainerHandler(process.env);
