import type { DedupStore } from '../../slack/dedup-store.js';
import type { ThreadMemory } from '../../slack/thread-memory.js';
import type { ClaimDb } from './claim-tables.js';

export interface ClaimTimes {
  /** Slack's last retry comes about five minutes after the first try; keep keys twice that. */
  deliveryTtlMs?: number;
  /** A thread's sections are remembered this long after the last one was posted. */
  threadTtlMs?: number;
  now?: () => number;
}

export const DELIVERY_TTL_MS = 10 * 60_000;
export const THREAD_TTL_MS = 14 * 24 * 60 * 60_000;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Delivery dedup as one atomic statement: `INSERT … ON CONFLICT (key) DO UPDATE … WHERE expired
 * RETURNING`. Of any number of instances claiming the same key at once, exactly one gets a row back;
 * a key whose claim has expired (but is not purged yet) can be claimed again. Nothing is read first,
 * so there is no window between a check and a write.
 */
export function createSqlDedupStore(db: ClaimDb, times: ClaimTimes = {}): DedupStore {
  const { deliveryTtlMs = DELIVERY_TTL_MS, now = Date.now } = times;
  return {
    async claim(key) {
      const at = now();
      const row = await db
        .insertInto('delivery_claims')
        .values({ key, expires_at: iso(at + deliveryTtlMs) })
        .onConflict((conflict) =>
          conflict
            .column('key')
            .doUpdateSet((eb) => ({ expires_at: eb.ref('excluded.expires_at') }))
            .where('delivery_claims.expires_at', '<=', iso(at)),
        )
        .returning('key')
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}

/** Thread memory as claims of (thread, section), the same atomic statement as createSqlDedupStore. */
export function createSqlThreadMemory(db: ClaimDb, times: ClaimTimes = {}): ThreadMemory {
  const { threadTtlMs = THREAD_TTL_MS, now = Date.now } = times;
  return {
    async claim(thread, section) {
      const at = now();
      const row = await db
        .insertInto('thread_claims')
        .values({ thread, section, expires_at: iso(at + threadTtlMs) })
        .onConflict((conflict) =>
          conflict
            .columns(['thread', 'section'])
            .doUpdateSet((eb) => ({ expires_at: eb.ref('excluded.expires_at') }))
            .where('thread_claims.expires_at', '<=', iso(at)),
        )
        .returning('thread')
        .executeTakeFirst();
      return row !== undefined;
    },
    async release(thread, section) {
      await db
        .deleteFrom('thread_claims')
        .where('thread', '=', thread)
        .where('section', '=', section)
        .execute();
    },
  };
}

/** Deletes expired claims; returns how many. Every instance runs it now and then (see shared-claims.ts). */
export async function purgeExpiredClaims(db: ClaimDb, now: () => number = Date.now): Promise<number> {
  const at = iso(now());
  const deliveries = await db.deleteFrom('delivery_claims').where('expires_at', '<=', at).executeTakeFirst();
  const threads = await db.deleteFrom('thread_claims').where('expires_at', '<=', at).executeTakeFirst();
  return Number(deliveries.numDeletedRows) + Number(threads.numDeletedRows);
}
