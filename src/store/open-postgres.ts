import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema.js';

/** A connection attempt or a query that takes longer fails, so a lost database never hangs a writer. */
const CONNECT_TIMEOUT_MS = 5_000;
const QUERY_TIMEOUT_MS = 10_000;

/** A small pool: the store only writes a row per feedback or unanswered question. */
const POOL_SIZE = 4;

/**
 * A Kysely handle on PostgreSQL. Connects lazily; `onIdleError` hears about connections the server
 * dropped while idle (a restart), which node-postgres would otherwise raise as an uncaught error.
 * node-postgres itself is loaded on first use, so a bot on SQLite never carries it (about 3 MB of
 * heap and more of code).
 */
export function openPostgres(url: string, onIdleError: (error: Error) => void): Kysely<Database> {
  const pool = async () => {
    const { default: pg } = await import('pg');
    const created = new pg.Pool({
      connectionString: url,
      max: POOL_SIZE,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
    });
    created.on('error', onIdleError);
    return created;
  };
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** `postgres://user@host:5432/db`: the URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}
