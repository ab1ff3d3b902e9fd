import type { Logger, Receiver } from '@slack/bolt';
import type { SlackConfig } from '../config.js';
import type { Answerer } from '../core/answer/answerer.js';
import type { Learning } from '../store/learning.js';
import { App } from './bolt.js';
import type { DedupStore } from './dedup-store.js';
import { healthOf } from './health.js';
import { InFlight } from './in-flight.js';
import { registerListeners } from './listeners/index.js';
import { admitDelivery } from './middleware/admit-delivery.js';
import { clientOptionsOf, createReceiver } from './receivers.js';
import { SlackTransport } from './slack-transport.js';
import { createThreadMemory, type ThreadMemory } from './thread-memory.js';
import { WEB_API_POLICY, type WebApiPolicy } from './web-api-policy.js';

export interface SlackAppDeps {
  config: SlackConfig;
  answerer: Answerer;
  logger: Logger;
  dedup: DedupStore;
  threads?: ThreadMemory;
  /** Counts deliveries being handled; shutdown (and tests) wait on it. */
  inFlight?: InFlight;
  /** Timeouts and retries of Web API calls; tests shorten them. Ignored when `transport` is given. */
  webApi?: WebApiPolicy;
  /** Carries every Web API call; pass the one shutdown will stop (startSlackApp's `transport`). */
  transport?: SlackTransport;
  /** Feedback, unanswered questions and lessons (issue 14); absent means nothing is kept. */
  learning?: Learning;
  /** Stands in for the mode's receiver: AWS Lambda brings its own (src/lambda.ts). */
  receiver?: Receiver;
}

/**
 * The Bolt app for the configured mode, with every listener registered. Initialization is
 * deferred: `startSlackApp` calls `app.init()`, so a bad token fails the start, not a later event.
 */
export function createSlackApp({
  config,
  answerer,
  logger,
  dedup,
  threads,
  inFlight,
  webApi = WEB_API_POLICY,
  transport = new SlackTransport({ policy: webApi, logger }),
  learning,
  receiver,
}: SlackAppDeps): App {
  const health = healthOf(config.mode, answerer, learning?.status);
  const app = new App({
    token: config.botToken,
    receiver:
      receiver ??
      createReceiver(config, logger, () => ({ ...health, slack: transport.status.describe() }), transport),
    logger,
    // Without it Bolt resets the shared logger to info, whatever LOG_LEVEL says.
    logLevel: logger.getLevel(),
    clientOptions: clientOptionsOf(config, transport),
    deferInitialization: true,
    convoStore: false,
    // The listeners ignore every bot message themselves (human-message.ts); Bolt's filter would
    // drop the bot's own events before admitDelivery sees them, so none would be counted.
    ignoreSelf: false,
  });
  app.use(admitDelivery(inFlight ?? new InFlight(), dedup, logger));
  registerListeners(app, {
    answerer,
    logger,
    dedup,
    threads: threads ?? createThreadMemory(),
    listen: config.listen,
    ...(learning ? { learning } : {}),
  });
  // Listeners catch their own failures (listener-guard); this is the net for anything else.
  app.error(async (error) => {
    logger.error('unhandled error in the Slack app', error);
  });
  return app;
}
