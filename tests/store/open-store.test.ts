import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, StoreStartError } from '../../src/store/index.js';
import { freshPostgresDatabase } from '../support/postgres.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'certpath-open-'));
  dirs.push(dir);
  return dir;
}

const question = (i: number) => ({
  teamId: 'T',
  userId: `U${i}`,
  surface: 'dm' as const,
  question: `q${i}`,
  normalized: `q${i}`,
  outcome: 'not-covered' as const,
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
});

describe('openStore', () => {
  it('names CERTPATH_DATA_DIR when the data directory cannot be created', async () => {
    const file = join(await tempDir(), 'a-file');
    await writeFile(file, 'not a directory');
    const opening = openStore({ kind: 'sqlite', dataDir: join(file, 'data') });
    await expect(opening).rejects.toBeInstanceOf(StoreStartError);
    await expect(opening).rejects.toMatchObject({ variable: 'CERTPATH_DATA_DIR' });
  });

  it('names DATABASE_URL, without its password, when PostgreSQL cannot be reached', async () => {
    const opening = openStore({
      kind: 'postgres',
      dataDir: '',
      databaseUrl: 'postgres://bot:s3cret-pw@127.0.0.1:1/certpath',
    });
    const error = await opening.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreStartError);
    expect(error).toMatchObject({ variable: 'DATABASE_URL' });
    expect(String((error as Error).message)).toMatch(/ECONNREFUSED/);
    expect(String((error as Error).message)).not.toContain('s3cret-pw');
  });

  it('keeps every row when two processes write to the same SQLite directory at once', async () => {
    const dir = await tempDir();
    const other = spawnWriter(dir, 'other-', 2000);
    const store = await openStore({ kind: 'sqlite', dataDir: dir });
    await other.writing;
    for (let i = 0; i < 2000; i++) await store.recordUnanswered(question(i));
    expect(await other.exited).toBe(0);
    const groups = await store.unansweredGroups({ since: '2000-01-01', limit: 10_000 });
    expect(groups).toHaveLength(4000);
    await store.close();
  });

  it('migrates once when several instances start on the same PostgreSQL at once', async () => {
    const databaseUrl = await freshPostgresDatabase('migrate');
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => openStore({ kind: 'postgres', dataDir: '', databaseUrl })),
    );
    await stores[0]!.recordUnanswered(question(1));
    for (const store of stores) {
      expect(await store.unansweredGroups({ since: '2000-01-01', limit: 5 })).toHaveLength(1);
    }
    await Promise.all(stores.map((store) => store.close()));
  });
});

/** Another process writing to the same data directory; resolves to its exit code. */
function spawnWriter(
  dataDir: string,
  prefix: string,
  count: number,
): { writing: Promise<void>; exited: Promise<number | null> } {
  const script = join(import.meta.dirname, 'write-questions.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, prefix, String(count)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  // Resolves once the other process has the store open and is writing, so the two overlap.
  const writing = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return { writing, exited };
}
