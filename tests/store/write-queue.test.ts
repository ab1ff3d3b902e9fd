import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { Store } from '../../src/store/store.js';
import { createWriteQueue } from '../../src/store/write-queue.js';

/** A memory store whose writes fail while `down` is set, like a database that went away. */
function flakyStore(): { store: Store; setDown(down: boolean): void; writes: string[] } {
  const inner = createMemoryStore();
  let down = false;
  const writes: string[] = [];
  const lost = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const store: Store = {
    ...inner,
    async recordUnanswered(q) {
      if (down) throw lost;
      writes.push(q.question);
      await inner.recordUnanswered(q);
    },
  };
  const setDown = (value: boolean) => {
    down = value;
  };
  return { store, setDown, writes };
}

const question = (text: string) => ({
  teamId: 'T',
  userId: 'U',
  surface: 'slash' as const,
  question: text,
  normalized: text,
  outcome: 'not-covered' as const,
  at: '2026-11-01T00:00:00.000Z',
});

function recordingLogger() {
  const lines: string[] = [];
  return {
    lines,
    warn: (line: string) => void lines.push(line),
    info: (line: string) => void lines.push(line),
  };
}

describe('the write queue', () => {
  it('returns at once and keeps the writes in order', async () => {
    const { store, writes } = flakyStore();
    const queue = createWriteQueue({ store, logger: recordingLogger() });
    for (const text of ['a', 'b', 'c']) queue.enqueue('q', (s) => s.recordUnanswered(question(text)));
    expect(writes).toEqual([]);
    await queue.drain();
    expect(writes).toEqual(['a', 'b', 'c']);
    expect(queue.status()).toMatchObject({ state: 'ok', queued: 0, dropped: 0 });
  });

  it('holds writes while the database is away and resumes them, in order, when it returns', async () => {
    const { store, setDown, writes } = flakyStore();
    const logger = recordingLogger();
    const queue = createWriteQueue({ store, logger, retryMs: { first: 5, max: 20 } });
    setDown(true);
    for (const text of ['a', 'b']) queue.enqueue('q', (s) => s.recordUnanswered(question(text)));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(queue.status()).toMatchObject({ state: 'retrying', queued: 2 });
    setDown(false);
    await queue.drain();
    expect(writes).toEqual(['a', 'b']);
    expect(queue.status().state).toBe('ok');
    expect(logger.lines.at(-1)).toContain('writes resumed');
  });

  it('logs failures at most once a minute, with how many there were', async () => {
    const { store, setDown } = flakyStore();
    const logger = recordingLogger();
    let now = 0;
    const queue = createWriteQueue({ store, logger, now: () => now, retryMs: { first: 2, max: 2 } });
    setDown(true);
    queue.enqueue('q', (s) => s.recordUnanswered(question('a')));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const warnings = () => logger.lines.filter((line) => line.includes('failed'));
    expect(warnings()).toHaveLength(1);
    now = 61_000;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(warnings()).toHaveLength(2);
    expect(warnings()[1]).toMatch(/store \(memory\): \d+ writes failed since the last report/);
    setDown(false);
    await queue.drain();
  });

  it('drops writes beyond its limit, and counts them', async () => {
    const { store, setDown } = flakyStore();
    const queue = createWriteQueue({
      store,
      logger: recordingLogger(),
      limit: 3,
      retryMs: { first: 5, max: 5 },
    });
    setDown(true);
    for (let i = 0; i < 5; i++) queue.enqueue('q', (s) => s.recordUnanswered(question(String(i))));
    expect(queue.status()).toMatchObject({ queued: 3, dropped: 2 });
    setDown(false);
    await queue.drain();
  });

  it('gives up a write the database refuses, and goes on with the next', async () => {
    const { store, writes } = flakyStore();
    const queue = createWriteQueue({ store, logger: recordingLogger() });
    queue.enqueue('bad', async () => {
      throw Object.assign(new Error('value too long'), { code: '22001' });
    });
    queue.enqueue('q', (s) => s.recordUnanswered(question('next')));
    await queue.drain();
    expect(writes).toEqual(['next']);
    expect(queue.status().dropped).toBe(1);
  });
});
