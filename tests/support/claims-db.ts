import { createLogger } from '../../src/slack/logger.js';
import { type ClaimDb, claimTablesOf } from '../../src/store/claims/claim-tables.js';
import { createSharedClaims } from '../../src/store/claims/shared-claims.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openPostgres } from '../../src/store/open-postgres.js';
import { startLearning } from '../../src/store/start-learning.js';
import type { InstanceStores } from './shared-instances.js';

/** A handle on the claim tables of the PostgreSQL database at `url`, migrated (one pool per call). */
export async function openClaimDb(url: string): Promise<ClaimDb> {
  const db = openPostgres(url, () => {});
  await migrateToLatest(db);
  return claimTablesOf(db);
}

/** One instance's claims: its own pool on the shared database, as a separate process would have. */
export async function postgresInstanceStores(
  url: string,
  { learning: withLearning = false } = {},
): Promise<InstanceStores> {
  const logger = createLogger({ level: 'error', sink: () => {} });
  const db = await openClaimDb(url);
  const claims = createSharedClaims(db, { logger });
  const store = { kind: 'postgres' as const, dataDir: 'unused', databaseUrl: url, retentionDays: 90 };
  const learning = withLearning ? await startLearning({ store, admins: ['U0HUMAN'], logger }) : undefined;
  return {
    dedup: claims.dedup,
    threads: claims.threads,
    ...(learning ? { learning } : {}),
    close: async () => {
      claims.stop();
      await learning?.stop();
      await db.destroy();
    },
  };
}
