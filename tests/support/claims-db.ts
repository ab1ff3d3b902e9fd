import { createLogger } from '../../src/slack/logger.js';
import { type ClaimDb, claimTablesOf } from '../../src/store/claims/claim-tables.js';
import { createSharedClaims } from '../../src/store/claims/shared-claims.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openPostgres } from '../../src/store/open-postgres.js';
import type { InstanceStores } from './shared-instances.js';

/** A handle on the claim tables of the PostgreSQL database at `url`, migrated (one pool per call). */
export async function openClaimDb(url: string): Promise<ClaimDb> {
  const db = openPostgres(url, () => {});
  await migrateToLatest(db);
  return claimTablesOf(db);
}

/** One instance's claims: its own pool on the shared database, as a separate process would have. */
export async function postgresInstanceStores(url: string): Promise<InstanceStores> {
  const db = await openClaimDb(url);
  const claims = createSharedClaims(db, { logger: createLogger({ level: 'error', sink: () => {} }) });
  return {
    dedup: claims.dedup,
    threads: claims.threads,
    close: async () => {
      claims.stop();
      await db.destroy();
    },
  };
}
