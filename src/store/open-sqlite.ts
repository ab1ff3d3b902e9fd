import { accessSync, constants, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import { describeError, StoreStartError } from './store-error.js';

/** The database file inside CERTPATH_DATA_DIR. */
export const SQLITE_FILE = 'certpath.db';

/** How long a writer waits for another process's write lock before failing (SQLITE_BUSY). */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating if needed) `<dataDir>/certpath.db` in WAL mode with a busy timeout, so a second
 * process on the same directory reads and writes safely instead of failing or losing rows.
 */
export function openSqlite(dataDir: string): Kysely<Database> {
  const dir = resolve(dataDir);
  let database: SQLite.Database;
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    database = new SQLite(join(dir, SQLITE_FILE));
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new StoreStartError('CERTPATH_DATA_DIR', `cannot write to ${dir} (${describeError(error)})`, error);
  }
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}
