import { type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';
import type { Db } from './schema.js';

/**
 * Brings the schema up to date. On PostgreSQL, Kysely's migrator holds a session-level
 * `pg_advisory_lock` while it runs, so several instances starting at once migrate exactly once.
 * Kysely takes no lock on SQLite (it assumes one process), so there the whole run holds SQLite's
 * write lock (`BEGIN IMMEDIATE`; a second process waits for it with the busy timeout).
 */
export async function migrateToLatest(
  db: Db,
  { sqlite = false, migrations = MIGRATIONS }: { sqlite?: boolean; migrations?: typeof MIGRATIONS } = {},
): Promise<void> {
  if (!sqlite) return migrate(db, migrations);
  await sql`begin immediate`.execute(db);
  try {
    await migrate(db, migrations);
  } catch (error) {
    await sql`rollback`.execute(db).catch(() => {});
    throw error;
  }
  await sql`commit`.execute(db);
}

async function migrate(db: Db, migrations: ReadonlyArray<readonly [string, Migration]>): Promise<void> {
  const provider: MigrationProvider = {
    getMigrations: async () => Object.fromEntries(migrations),
  };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'certpath_migrations',
    migrationLockTableName: 'certpath_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new MigrationError(failed ?? 'unknown', error);
  }
}

/** A migration failed; the store cannot be used. */
export class MigrationError extends Error {
  readonly code = 'STORE_MIGRATION_FAILED';
  override readonly name = 'MigrationError';

  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(`migration ${migration} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}
