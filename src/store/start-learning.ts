import type { Logger } from '@slack/bolt';
import type { StoreConfig } from '../config.js';
import { createLearning, type Learning } from './learning.js';
import { openStore } from './open-store.js';
import { describeError } from './store-error.js';

/** How often an instance on a shared database reloads the learned phrasings (one indexed query). */
export const SHARED_REFRESH_MS = 2_000;

export interface StartLearningOptions {
  store: StoreConfig;
  admins: readonly string[];
  logger: Pick<Logger, 'warn' | 'info'>;
}

/**
 * Opens the configured store, loads the learned phrasings and starts the retention purge and the
 * phrasebook refresh. Throws StoreStartError (naming CERTPATH_DATA_DIR or DATABASE_URL) when the
 * store cannot be opened: the bot does not start without the store it was told to use.
 */
export async function startLearning(options: StartLearningOptions): Promise<Learning> {
  const learning = await openLearning(options);
  // Shared PostgreSQL: other instances' lessons (docs/deploy.md) arrive within a couple of seconds.
  learning.start(options.store.kind === 'postgres' ? { refreshMs: SHARED_REFRESH_MS } : {});
  return learning;
}

/** startLearning without its timers, for AWS Lambda, whose containers freeze between invocations. */
export async function openLearning({
  store: config,
  admins,
  logger,
}: StartLearningOptions): Promise<Learning> {
  const store = await openStore({
    kind: config.kind,
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    onBackgroundError: (error) => logger.warn(`store (postgres): connection lost: ${describeError(error)}`),
  });
  const learning = createLearning({ store, logger, admins, retentionDays: config.retentionDays });
  await learning.refresh();
  return learning;
}

/** What `npm start` prints when the store cannot be opened (then it exits 1). */
export const STORE_WORDS = {
  cannotOpen: (problem: string) => `certpath: cannot open the store. ${problem}`,
} as const;
