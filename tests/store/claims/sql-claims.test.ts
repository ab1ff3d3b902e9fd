import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDb } from '../../../src/store/claims/claim-tables.js';
import {
  createSqlDedupStore,
  createSqlThreadMemory,
  purgeExpiredClaims,
} from '../../../src/store/claims/sql-claims.js';
import { openClaimDb } from '../../support/claims-db.js';
import { freshPostgresDatabase } from '../../support/postgres.js';

describe('claims in PostgreSQL', () => {
  let url: string;
  let a: ClaimDb;
  let b: ClaimDb;
  beforeAll(async () => {
    url = await freshPostgresDatabase('claims');
    a = await openClaimDb(url);
    b = await openClaimDb(url);
  });
  afterAll(async () => {
    await a.destroy();
    await b.destroy();
  });

  it('grants a delivery key once, whichever connection asks second', async () => {
    expect(await createSqlDedupStore(a).claim('event:Ev1')).toBe(true);
    expect(await createSqlDedupStore(b).claim('event:Ev1')).toBe(false);
    expect(await createSqlDedupStore(a).claim('event:Ev1')).toBe(false);
  });

  it('grants exactly one of 40 concurrent claims of one key over two connections', async () => {
    const stores = [createSqlDedupStore(a), createSqlDedupStore(b)];
    const granted = await Promise.all(
      Array.from({ length: 40 }, (_, index) => stores[index % 2]!.claim('C1/1700000000.000100')),
    );
    expect(granted.filter(Boolean)).toHaveLength(1);
  });

  it('grants an expired key again, before any purge', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = createSqlDedupStore(a, { deliveryTtlMs: 1000, now: () => now });
    expect(await store.claim('event:EvEXPIRE')).toBe(true);
    now += 999;
    expect(await store.claim('event:EvEXPIRE')).toBe(false);
    now += 2;
    expect(
      await createSqlDedupStore(b, { deliveryTtlMs: 1000, now: () => now }).claim('event:EvEXPIRE'),
    ).toBe(true);
  });

  it('lets a section be claimed once per thread, across connections', async () => {
    const [one, two] = [createSqlThreadMemory(a), createSqlThreadMemory(b)];
    expect(await one.claim('C1/1.0', 'guide/difficulty')).toBe(true);
    expect(await two.claim('C1/1.0', 'guide/difficulty')).toBe(false);
    expect(await two.claim('C1/1.0', 'guide/salary')).toBe(true);
    expect(await two.claim('C1/2.0', 'guide/difficulty')).toBe(true);
  });

  it('lets a released section be claimed again, by the other connection', async () => {
    const [one, two] = [createSqlThreadMemory(a), createSqlThreadMemory(b)];
    expect(await one.claim('C1/3.0', 'guide/salary')).toBe(true);
    await one.release('C1/3.0', 'guide/salary');
    expect(await two.claim('C1/3.0', 'guide/salary')).toBe(true);
  });

  it('purges expired claims and keeps live ones', async () => {
    const past = Date.parse('2020-01-01T00:00:00Z');
    await createSqlDedupStore(a, { now: () => past }).claim('event:EvOLD');
    await createSqlThreadMemory(a, { now: () => past }).claim('C1/old', 'guide/salary');
    await createSqlDedupStore(a).claim('event:EvLIVE');
    expect(await purgeExpiredClaims(a)).toBeGreaterThanOrEqual(2);
    const keys = (await a.selectFrom('delivery_claims').select('key').execute()).map((row) => row.key);
    expect(keys).toContain('event:EvLIVE');
    expect(keys).not.toContain('event:EvOLD');
    expect(await a.selectFrom('thread_claims').selectAll().where('thread', '=', 'C1/old').execute()).toEqual(
      [],
    );
  });

  it('stores keys with quotes, markup and control characters as they are', async () => {
    const key = "event:'; DROP TABLE delivery_claims; --\u0001<!channel>";
    expect(await createSqlDedupStore(a).claim(key)).toBe(true);
    expect(await createSqlDedupStore(b).claim(key)).toBe(false);
  });
});
