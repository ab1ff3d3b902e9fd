import { inject } from 'vitest';
import { createDatabase } from './create-database.js';

/**
 * A new, empty database on the test run's PostgreSQL server (see postgres-global-setup.ts), so test
 * files running in parallel never see each other's rows. Resolves to its connection URL.
 */
export function freshPostgresDatabase(prefix = 'test'): Promise<string> {
  return createDatabase(inject('postgresUrl'), prefix);
}
