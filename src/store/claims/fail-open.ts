import type { Logger } from '@slack/bolt';
import type { DedupStore } from '../../slack/dedup-store.js';
import type { ThreadMemory } from '../../slack/thread-memory.js';

/**
 * Logs failures of the shared claims at most once a minute, with how many there were, so a lost
 * database is visible without flooding the log.
 */
export function claimFailureReporter(
  logger: Logger,
  { everyMs = 60_000, now = Date.now }: { everyMs?: number; now?: () => number } = {},
): (error: unknown) => void {
  let unreported = 0;
  let lastReport = Number.NEGATIVE_INFINITY;
  return (error) => {
    unreported += 1;
    const at = now();
    if (at - lastReport < everyMs) return;
    const detail = error instanceof Error ? error.message : String(error);
    logger.warn(
      `shared claims unavailable (${unreported} failure${unreported === 1 ? '' : 's'}; this instance dedupes on its own until the database is back): ${detail}`,
    );
    unreported = 0;
    lastReport = at;
  };
}

/**
 * The shared dedup store, falling back to this process's memory when the database fails: a lost
 * database must never silence the bot. The cost, while it lasts, is that a retry landing on another
 * instance may be answered twice; answering twice beats answering never.
 */
export function failOpenDedup(
  shared: DedupStore,
  local: DedupStore,
  report: (error: unknown) => void,
): DedupStore {
  return {
    async claim(key) {
      try {
        return await shared.claim(key);
      } catch (error) {
        report(error);
        return local.claim(key);
      }
    },
  };
}

/** Thread memory with the same fallback as failOpenDedup. */
export function failOpenThreads(
  shared: ThreadMemory,
  local: ThreadMemory,
  report: (error: unknown) => void,
): ThreadMemory {
  return {
    async claim(thread, section) {
      try {
        return await shared.claim(thread, section);
      } catch (error) {
        report(error);
        return local.claim(thread, section);
      }
    },
    async release(thread, section) {
      await local.release(thread, section);
      await shared.release(thread, section);
    },
  };
}
