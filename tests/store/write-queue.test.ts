import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { Store } from '../../src/store/store.js';
import { createWriteQueue } from '../../src/store/write-queue.js';

/** A memory store whose writes fail while `down` is set, like a database that went away. */
function flakyStore(): {
  store: Store;
  setDown(down: boolean): void;
  writes: string[];
  /** How many rows each call wrote. */
  calls: number[];
} {
  const inner = createMemoryStore();
  let down = false;
  const writes: string[] = [];
  const calls: number[] = [];
  const lost = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const tooLong = Object.assign(new Error('value too long'), { code: '22001' });
  const store: Store = {
    ...inner,
    async recordUnanswered(...questions) {
      if (down) throw lost;
      // Like a database refusing a row: the whole statement fails, so no row of it is written.
      if (questions.some((q) => q.question === 'bad')) throw tooLong;
      calls.push(questions.length);
      writes.push(...questions.map((q) => q.question));
      await inner.recordUnanswered(...questions);
    },
  };
  const setDown = (value: boolean) => {
    down = value;
  };
  return { store, setDown, writes, calls };
}

const writeRows = (store: Store, rows: ReturnType<typeof question>[]) => store.recordUnanswered(...rows);

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
    const queue = createWriteQueue({
      store,
      logger,
      now: () => now,
      retryMs: { first: 2, max: 2 },
      batchWindowMs: 0,
    });
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

  it('writes rows queued side by side in one statement, in order, up to the batch limit', async () => {
    const { store, writes, calls } = flakyStore();
    const queue = createWriteQueue({ store, logger: recordingLogger(), batchLimit: 3 });
    for (const text of ['a', 'b', 'c', 'd']) queue.enqueueRow('q', question(text), writeRows);
    queue.enqueue('one', (s) => s.recordUnanswered(question('e')));
    queue.enqueueRow('q', question('f'), writeRows);
    await queue.drain();
    expect(writes).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(calls).toEqual([3, 1, 1, 1]);
    expect(queue.status()).toMatchObject({ state: 'ok', queued: 0, dropped: 0 });
  });

  it('retries a refused batch row by row, so only the bad row is lost', async () => {
    const { store, writes } = flakyStore();
    const queue = createWriteQueue({ store, logger: recordingLogger() });
    for (const text of ['a', 'bad', 'c']) queue.enqueueRow('q', question(text), writeRows);
    await queue.drain();
    expect(writes).toEqual(['a', 'c']);
    expect(queue.status()).toMatchObject({ state: 'ok', dropped: 1 });
  });

  it('keeps a whole batch while the database is away and writes it when it returns', async () => {
    const { store, setDown, writes, calls } = flakyStore();
    const queue = createWriteQueue({ store, logger: recordingLogger(), retryMs: { first: 5, max: 20 } });
    setDown(true);
    for (const text of ['a', 'b', 'c']) queue.enqueueRow('q', question(text), writeRows);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(queue.status()).toMatchObject({ state: 'retrying', queued: 3 });
    setDown(false);
    await queue.drain();
    expect(writes).toEqual(['a', 'b', 'c']);
    expect(calls).toEqual([3]);
  });

  it('counts rows against the limit like writes', async () => {
    const { store, setDown, writes } = flakyStore();
    setDown(true);
    const queue = createWriteQueue({
      store,
      logger: recordingLogger(),
      limit: 2,
      retryMs: { first: 5, max: 5 },
    });
    for (const text of ['a', 'b', 'c']) queue.enqueueRow('q', question(text), writeRows);
    expect(queue.status()).toMatchObject({ queued: 2, dropped: 1 });
    setDown(false);
    await queue.drain();
    expect(writes).toEqual(['a', 'b']);
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
