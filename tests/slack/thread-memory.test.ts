import { describe, expect, it } from 'vitest';
import { createThreadMemory, threadKey } from '../../src/slack/thread-memory.js';

describe('createThreadMemory', () => {
  const thread = threadKey('C1', '1700000000.000100');

  it('lets a section be posted once per thread', async () => {
    const threads = createThreadMemory();
    expect(await threads.claim(thread, 'guide/difficulty')).toBe(true);
    expect(await threads.claim(thread, 'guide/difficulty')).toBe(false);
    expect(await threads.claim(thread, 'guide/salary')).toBe(true);
    expect(await threads.claim(threadKey('C1', '1700000000.000200'), 'guide/difficulty')).toBe(true);
  });

  it('lets a released section be posted again', async () => {
    const threads = createThreadMemory();
    await threads.claim(thread, 'guide/difficulty');
    await threads.release(thread, 'guide/difficulty');
    expect(await threads.claim(thread, 'guide/difficulty')).toBe(true);
  });

  it('forgets the least recently used thread beyond maxThreads', async () => {
    const threads = createThreadMemory({ maxThreads: 2 });
    await threads.claim('C1/1', 's');
    await threads.claim('C1/2', 's');
    await threads.claim('C1/1', 'other');
    await threads.claim('C1/3', 's');
    expect(await threads.claim('C1/1', 's')).toBe(false);
    expect(await threads.claim('C1/2', 's')).toBe(true);
  });
});
