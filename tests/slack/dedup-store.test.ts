import { describe, expect, it } from 'vitest';
import { createMemoryDedupStore } from '../../src/slack/dedup-store.js';

describe('createMemoryDedupStore', () => {
  it('lets a key be claimed once', async () => {
    const dedup = createMemoryDedupStore();
    expect(await dedup.claim('event:Ev1')).toBe(true);
    expect(await dedup.claim('event:Ev1')).toBe(false);
    expect(await dedup.claim('event:Ev2')).toBe(true);
  });

  it('forgets a key once its time to live has passed', async () => {
    let now = 0;
    const dedup = createMemoryDedupStore({ ttlMs: 1000, now: () => now });
    await dedup.claim('k');
    now = 999;
    expect(await dedup.claim('k')).toBe(false);
    now = 1000;
    expect(await dedup.claim('k')).toBe(true);
  });

  it('keeps at most maxEntries keys, forgetting the oldest first', async () => {
    const dedup = createMemoryDedupStore({ maxEntries: 2 });
    await dedup.claim('a');
    await dedup.claim('b');
    await dedup.claim('c');
    expect(await dedup.claim('a')).toBe(true);
    expect(await dedup.claim('c')).toBe(false);
  });

  it('stays bounded under many keys', async () => {
    const dedup = createMemoryDedupStore({ maxEntries: 100 });
    for (let i = 0; i < 10_000; i++) await dedup.claim(`k${i}`);
    expect(await dedup.claim('k9999')).toBe(false);
    expect(await dedup.claim('k0')).toBe(true);
  });
});
