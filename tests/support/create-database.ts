import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Creates a new, empty database named `<prefix>_<random>` on the server behind `adminUrl` and
 * resolves to its connection URL. Shared by the tests (postgres.ts) and the bench (bench-postgres.ts).
 */
export async function createDatabase(adminUrl: string, prefix: string): Promise<string> {
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
}
