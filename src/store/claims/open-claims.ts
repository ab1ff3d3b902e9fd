import type { Logger } from '@slack/bolt';
import type { StoreConfig } from '../../config.js';
import { createMemoryDedupStore, type DedupStore } from '../../slack/dedup-store.js';
import { createThreadMemory, type ThreadMemory } from '../../slack/thread-memory.js';
import { migrateToLatest } from '../migrate.js';
import { openPostgres, redactUrl } from '../open-postgres.js';
import { describeError, StoreStartError } from '../store-error.js';
import { claimTablesOf } from './claim-tables.js';
import { createSharedClaims } from './shared-claims.js';

/** Delivery dedup and thread memory for the configured store, and how to let go of them. */
export interface DeliveryClaims {
  dedup: DedupStore;
  threads: ThreadMemory;
  /** True when they are shared with other instances (PostgreSQL). */
  shared: boolean;
  close(): Promise<void>;
}

/**
 * PostgreSQL (`DATABASE_URL`): claims shared by every instance, on a pool of their own next to the
 * store's, the schema brought up to date first unless told otherwise (under the migrator's advisory lock). Otherwise this
 * process's memory: right for one process, which is all SQLite or memory serve.
 */
export async function openDeliveryClaims(
  store: StoreConfig | undefined,
  logger: Logger,
  /** False when the learning store, opened on the same database, runs every migration (claims' too). */
  { migrate = true }: { migrate?: boolean } = {},
): Promise<DeliveryClaims> {
  if (store?.kind !== 'postgres' || !store.databaseUrl) {
    return {
      dedup: createMemoryDedupStore(),
      threads: createThreadMemory(),
      shared: false,
      close: async () => {},
    };
  }
  const url = store.databaseUrl;
  const db = openPostgres(url, (error) => logger.warn(`a pooled claims connection failed: ${error.message}`));
  try {
    if (migrate) await migrateToLatest(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    throw new StoreStartError(
      'DATABASE_URL',
      `cannot open ${redactUrl(url)} (${describeError(cause)})`,
      error,
    );
  }
  const claims = createSharedClaims(claimTablesOf(db), { logger });
  return {
    dedup: claims.dedup,
    threads: claims.threads,
    shared: true,
    close: async () => {
      claims.stop();
      await db.destroy();
    },
  };
}
