import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/slack/logger.js';
import { openDeliveryClaims } from '../../../src/store/claims/open-claims.js';
import { StoreStartError } from '../../../src/store/store-error.js';
import { freshPostgresDatabase } from '../../support/postgres.js';

const logger = createLogger({ level: 'error', sink: () => {} });
const postgres = (databaseUrl: string) => ({
  kind: 'postgres' as const,
  dataDir: 'data',
  databaseUrl,
  retentionDays: 90,
});

describe('openDeliveryClaims', () => {
  it('keeps claims in memory without PostgreSQL (one process)', async () => {
    const claims = await openDeliveryClaims({ kind: 'sqlite', dataDir: 'data', retentionDays: 90 }, logger);
    expect(claims.shared).toBe(false);
    expect(await claims.dedup.claim('event:Ev1')).toBe(true);
    expect(await claims.dedup.claim('event:Ev1')).toBe(false);
  });

  it('shares claims between two openings of one PostgreSQL database', async () => {
    const url = await freshPostgresDatabase('claims');
    const [a, b] = [
      await openDeliveryClaims(postgres(url), logger),
      await openDeliveryClaims(postgres(url), logger),
    ];
    try {
      expect([a.shared, b.shared]).toEqual([true, true]);
      expect(await a.dedup.claim('event:Ev1')).toBe(true);
      expect(await b.dedup.claim('event:Ev1')).toBe(false);
      expect(await b.threads.claim('C1/1.0', 'g/s')).toBe(true);
      expect(await a.threads.claim('C1/1.0', 'g/s')).toBe(false);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('names DATABASE_URL, without its password, when the database cannot be reached', async () => {
    const failure = openDeliveryClaims(
      postgres('postgres://certpath:s3cret-pw@127.0.0.1:9/certpath'),
      logger,
    );
    await expect(failure).rejects.toBeInstanceOf(StoreStartError);
    await expect(failure).rejects.toMatchObject({ variable: 'DATABASE_URL' });
    await expect(failure).rejects.not.toThrow(/s3cret-pw/);
  });
});
