import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateToLatest } from '../../src/store/index.js';
import { openPostgres } from '../../src/store/open-postgres.js';
import { openSqlite } from '../../src/store/open-sqlite.js';
import type { Db } from '../../src/store/schema.js';
import { freshPostgresDatabase } from '../support/postgres.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const backends: [name: string, open: () => Promise<{ db: Db; sqlite: boolean }>][] = [
  [
    'SQLite',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'certpath-migrations-'));
      dirs.push(dir);
      return { db: openSqlite(dir), sqlite: true };
    },
  ],
  [
    'PostgreSQL',
    async () => ({ db: openPostgres(await freshPostgresDatabase('migrations'), () => {}), sqlite: false }),
  ],
];

async function indexesOf(db: Db, sqlite: boolean, table: string): Promise<string[]> {
  const query = sqlite
    ? sql<{
        name: string;
      }>`select name from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`
    : sql<{
        name: string;
      }>`select indexname as name from pg_indexes where tablename = ${table} and indexname not like '%pkey'`;
  return (await query.execute(db)).rows.map((row) => row.name).sort();
}

describe.each(backends)('migrations on %s', (_name, open) => {
  it('index unanswered questions by time only, also in a database created before 0003', async () => {
    const { db, sqlite } = await open();
    try {
      const upTo0002 = MIGRATIONS.filter(([name]) => name < '0003');
      await migrateToLatest(db, { sqlite, migrations: upTo0002 });
      expect(await indexesOf(db, sqlite, 'unanswered')).toEqual([
        'unanswered_created_at',
        'unanswered_normalized',
      ]);
      await migrateToLatest(db, { sqlite });
      // Every question the bot cannot answer is an insert; a text index in random order made each cost 4×.
      expect(await indexesOf(db, sqlite, 'unanswered')).toEqual(['unanswered_created_at']);
    } finally {
      await db.destroy();
    }
  });
});
