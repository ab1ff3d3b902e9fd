import { createMemoryStore } from './memory-store.js';
import { migrateToLatest } from './migrate.js';
import { openPostgres, redactUrl } from './open-postgres.js';
import { openSqlite } from './open-sqlite.js';
import type { Db } from './schema.js';
import { createSqlStore } from './sql-store.js';
import type { Store, StoreKind } from './store.js';
import { describeError, StoreStartError } from './store-error.js';

/** Which store to open, as config.ts reads it from CERTPATH_STORE, CERTPATH_DATA_DIR and DATABASE_URL. */
export interface StoreOptions {
  kind: StoreKind;
  /** SQLite: the folder of `certpath.db`. */
  dataDir: string;
  /** PostgreSQL: the connection URL. */
  databaseUrl?: string;
  /** Hears about errors outside any call (a pooled connection dropped while idle). */
  onBackgroundError?: (error: Error) => void;
}

/**
 * Opens the configured store and brings its schema up to date. Throws StoreStartError naming the
 * variable to fix when the data directory is not writable or the database cannot be reached.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.kind === 'memory') return createMemoryStore();
  if (options.kind === 'sqlite') {
    const db = openSqlite(options.dataDir);
    await migrateOrClose(db, 'CERTPATH_DATA_DIR', options.dataDir, true);
    return createSqlStore(db, 'sqlite');
  }
  const url = options.databaseUrl;
  if (!url) throw new StoreStartError('DATABASE_URL', 'is missing (CERTPATH_STORE=postgres needs it)');
  const db = openPostgres(url, options.onBackgroundError ?? (() => {}));
  await migrateOrClose(db, 'DATABASE_URL', redactUrl(url));
  return createSqlStore(db, 'postgres');
}

async function migrateOrClose(db: Db, variable: string, where: string, sqlite = false): Promise<void> {
  try {
    await migrateToLatest(db, { sqlite });
  } catch (error) {
    await db.destroy().catch(() => {});
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    throw new StoreStartError(variable, `cannot open the store at ${where} (${describeError(cause)})`, error);
  }
}
