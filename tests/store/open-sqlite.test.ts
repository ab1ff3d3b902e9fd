import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/store/open-sqlite.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('openSqlite', () => {
  it('opens the database for several processes (WAL, a busy timeout) with a small page cache', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'certpath-sqlite-'));
    dirs.push(dir);
    const db = openSqlite(dir);
    try {
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('busy_timeout')).toBe(5000);
      // The default (2000 KiB) filled under load and stayed resident; the bot only appends.
      expect(await pragma('cache_size')).toBe(-256);
    } finally {
      await db.destroy();
    }
  });
});
