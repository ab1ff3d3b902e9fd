import { describe, expect, it } from 'vitest';
import { createMemoryDedupStore } from '../../../src/slack/dedup-store.js';
import { createThreadMemory } from '../../../src/slack/thread-memory.js';

const keys = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('the dedup store at its limit', () => {
  const LIMIT = 1_000;

  it('remembers every key up to maxEntries', async () => {
    const dedup = createMemoryDedupStore({ maxEntries: LIMIT });
    for (const key of keys(LIMIT)) expect(await dedup.claim(key)).toBe(true);
    for (const key of keys(LIMIT)) expect(await dedup.claim(key)).toBe(false);
  });

  it('forgets exactly the oldest key when one more arrives', async () => {
    const dedup = createMemoryDedupStore({ maxEntries: LIMIT });
    for (const key of keys(LIMIT + 1)) await dedup.claim(key);
    for (const key of keys(LIMIT + 1).slice(1)) expect(await dedup.claim(key)).toBe(false);
    expect(await dedup.claim('k0')).toBe(true);
  });

  it('forgets expired keys before live ones', async () => {
    let now = 0;
    const dedup = createMemoryDedupStore({ maxEntries: 3, ttlMs: 100, now: () => now });
    await dedup.claim('old');
    now = 50;
    await dedup.claim('a');
    await dedup.claim('b');
    now = 120;
    await dedup.claim('c');
    expect(await dedup.claim('a')).toBe(false);
    expect(await dedup.claim('b')).toBe(false);
    expect(await dedup.claim('c')).toBe(false);
  });

  it('grants a key to exactly one of many claims made at the same time', async () => {
    const dedup = createMemoryDedupStore();
    const granted = await Promise.all(Array.from({ length: 50 }, () => dedup.claim('event:Ev0SAME')));
    expect(granted.filter(Boolean)).toHaveLength(1);
  });
});

describe('thread memory at its limit', () => {
  const LIMIT = 500;

  it('remembers every thread up to maxThreads', async () => {
    const threads = createThreadMemory({ maxThreads: LIMIT });
    for (const thread of keys(LIMIT, 'C1/')) expect(await threads.claim(thread, 'guide/salary')).toBe(true);
    for (const thread of keys(LIMIT, 'C1/')) expect(await threads.claim(thread, 'guide/salary')).toBe(false);
  });

  it('forgets exactly the least recently used thread when one more arrives', async () => {
    const threads = createThreadMemory({ maxThreads: LIMIT });
    for (const thread of keys(LIMIT + 1, 'C1/')) await threads.claim(thread, 'guide/salary');
    for (const thread of keys(LIMIT + 1, 'C1/').slice(1))
      expect(await threads.claim(thread, 'guide/salary')).toBe(false);
    expect(await threads.claim('C1/0', 'guide/salary')).toBe(true);
  });
});
