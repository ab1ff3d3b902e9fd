/**
 * Remembers which deliveries were already handled. Slack delivers at least once (retries carry
 * `X-Slack-Retry-Num`) and one message can arrive as two events; Bolt does not dedupe.
 * Async so that a shared store (Redis, a database) can stand in when the bot runs as several processes.
 */
export interface DedupStore {
  /** True the first time `key` is claimed within the store's memory; false for a repeat. */
  claim(key: string): Promise<boolean>;
}

export interface MemoryDedupOptions {
  /** How long a key is remembered. Slack's last retry comes about five minutes after the first try. */
  ttlMs?: number;
  /** At most this many keys are kept; the oldest are forgotten first. */
  maxEntries?: number;
  now?: () => number;
}

/** A bounded in-memory DedupStore: keys expire after `ttlMs`, and there are never more than `maxEntries`. */
export function createMemoryDedupStore({
  ttlMs = 10 * 60_000,
  maxEntries = 10_000,
  now = Date.now,
}: MemoryDedupOptions = {}): DedupStore {
  // A Map iterates in insertion order, so the first entries are always the oldest.
  const expiries = new Map<string, number>();
  const evict = (at: number) => {
    for (const [key, expiry] of expiries) {
      if (expiry > at && expiries.size <= maxEntries) break;
      expiries.delete(key);
    }
  };
  return {
    async claim(key) {
      const at = now();
      const expiry = expiries.get(key);
      if (expiry !== undefined && expiry > at) return false;
      expiries.delete(key);
      expiries.set(key, at + ttlMs);
      evict(at);
      return true;
    },
  };
}
