import type { Logger } from '@slack/bolt';
import { createMemoryDedupStore, type DedupStore } from '../../slack/dedup-store.js';
import { createThreadMemory, type ThreadMemory } from '../../slack/thread-memory.js';
import type { ClaimDb } from './claim-tables.js';
import { claimFailureReporter, failOpenDedup, failOpenThreads } from './fail-open.js';
import {
  type ClaimTimes,
  createSqlDedupStore,
  createSqlThreadMemory,
  purgeExpiredClaims,
} from './sql-claims.js';

/** Delivery dedup and thread memory shared by every instance on one database. */
export interface SharedClaims {
  dedup: DedupStore;
  threads: ThreadMemory;
  /** Stops the periodic purge (the database handle belongs to the caller). */
  stop(): void;
}

export interface SharedClaimOptions extends ClaimTimes {
  logger: Logger;
  /** How often this instance deletes expired claims (every instance does; the deletes are idempotent). */
  purgeEveryMs?: number;
}

/**
 * Claims in the database, each falling back to this process's memory while the database is
 * unreachable, and a purge of expired claims every few minutes.
 */
export function createSharedClaims(db: ClaimDb, options: SharedClaimOptions): SharedClaims {
  const { logger, purgeEveryMs = 5 * 60_000, now = Date.now } = options;
  const report = claimFailureReporter(logger, { now });
  const dedup = failOpenDedup(createSqlDedupStore(db, options), createMemoryDedupStore({ now }), report);
  const threads = failOpenThreads(createSqlThreadMemory(db, options), createThreadMemory(), report);
  const timer = setInterval(() => {
    purgeExpiredClaims(db, now).then(
      (purged) => logger.debug(`purged ${purged} expired claims`),
      (error: unknown) => report(error),
    );
  }, purgeEveryMs);
  timer.unref();
  return { dedup, threads, stop: () => clearInterval(timer) };
}
