import { describe, expect, it } from 'vitest';
import { createThreadMemory, threadKey } from '../../src/slack/thread-memory.js';

describe('createThreadMemory', () => {
  const thread = threadKey('C1', '1700000000.000100');

  it('lets a section be posted once per thread', () => {
    const threads = createThreadMemory();
    expect(threads.claim(thread, 'guide/difficulty')).toBe(true);
    expect(threads.claim(thread, 'guide/difficulty')).toBe(false);
    expect(threads.claim(thread, 'guide/salary')).toBe(true);
    expect(threads.claim(threadKey('C1', '1700000000.000200'), 'guide/difficulty')).toBe(true);
  });

  it('lets a released section be posted again', () => {
    const threads = createThreadMemory();
    threads.claim(thread, 'guide/difficulty');
    threads.release(thread, 'guide/difficulty');
    expect(threads.claim(thread, 'guide/difficulty')).toBe(true);
  });

  it('forgets the least recently used thread beyond maxThreads', () => {
    const threads = createThreadMemory({ maxThreads: 2 });
    threads.claim('C1/1', 's');
    threads.claim('C1/2', 's');
    threads.claim('C1/1', 'other');
    threads.claim('C1/3', 's');
    expect(threads.claim('C1/1', 's')).toBe(false);
    expect(threads.claim('C1/2', 's')).toBe(true);
  });
});
