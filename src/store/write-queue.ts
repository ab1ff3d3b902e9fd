import type { Logger } from '@slack/bolt';
import type { Store, StoreKind } from './store.js';
import { describeError, errorCodeOf } from './store-error.js';

/** What /healthz says about the store. A failing store is reported, never a failed health check. */
export interface StoreStatus {
  kind: StoreKind;
  /** `ok`; `retrying` while writes wait for a lost database; `failing` when the last write was refused. */
  state: 'ok' | 'retrying' | 'failing';
  queued: number;
  /** Writes given up since start (queue full, or refused by the database). */
  dropped: number;
}

/** Writes many rows of one kind in one statement (one transaction, one commit). */
export type RowsWriter<T> = (store: Store, rows: T[]) => Promise<unknown>;

export interface WriteQueue {
  /** Queues a write and returns at once; never throws, never waits for the database. */
  enqueue(label: string, write: (store: Store) => Promise<unknown>): void;
  /**
   * Queues one row; rows queued next to each other with the same `writeRows` are written together,
   * up to `batchLimit` at a time. Counts against the limit, and is dropped or retried, like a write.
   */
  enqueueRow<T>(label: string, row: T, writeRows: RowsWriter<T>): void;
  /** Resolves when every queued write is done or given up (tests, shutdown), or after `timeoutMs`. */
  drain(timeoutMs?: number): Promise<void>;
  status(): StoreStatus;
}

export interface WriteQueueOptions {
  store: Store;
  logger: Pick<Logger, 'warn' | 'info'>;
  /** Writes waiting at most; more are dropped (and counted) while the database is away. */
  limit?: number;
  now?: () => number;
  /** First and longest wait before retrying a write the database could not take. */
  retryMs?: { first: number; max: number };
  /** Rows written in one statement at most. */
  batchLimit?: number;
  /**
   * How long the first write waits for others to join it (ms). Each commit rewrites the pages the rows
   * touch, so on SQLite a batch of 50 rows cost about a fifth less CPU a row than a batch of 20; nobody
   * reads these rows within a second of their asking, and a shutdown drains the queue.
   */
  batchWindowMs?: number;
}

/** A write of its own, or a row: rows with the same writer next to each other are written as one. */
type Entry = { label: string } & (
  | { write: (store: Store) => Promise<unknown> }
  | { row: unknown; writer: RowsWriter<unknown> }
);
const writerOf = (entry: Entry) => ('writer' in entry ? entry.writer : undefined);

const LOG_EVERY_MS = 60_000;

/** Errors of a database that is away (and will come back), as opposed to one refusing this write. */
const TRANSIENT = /^(E[A-Z]+|08\w{3}|57P0[1-3]|53\w{3}|SQLITE_(BUSY|LOCKED|IOERR\w*|CANTOPEN|FULL))$/;
function isTransient(error: unknown): boolean {
  const code = errorCodeOf(error);
  return code === undefined || TRANSIENT.test(code);
}

/**
 * Every store write goes through here, off the answer's path: the reply is sent whatever the
 * database does. Writes run one at a time; one the database cannot take because it is away waits and
 * is retried (backoff up to `retryMs.max`) so writes resume, in order, when it is back. Failures are
 * logged at most once a minute, with how many there were.
 *
 * Rows (`enqueueRow`) queued side by side are written in one statement: under load a busy bot records
 * dozens of unanswered questions a second, and one commit for all of them costs about what one row
 * did. The first write waits `batchWindowMs` for company; nobody waits for a write.
 */
export function createWriteQueue({
  store,
  logger,
  limit = 1_000,
  now = Date.now,
  retryMs = { first: 250, max: 30_000 },
  batchLimit = 200,
  batchWindowMs = 50,
}: WriteQueueOptions): WriteQueue {
  const queue: Entry[] = [];
  // After a batch is refused, its rows are retried one by one, so one bad row loses only itself.
  let singly = 0;
  let running = false;
  let state: StoreStatus['state'] = 'ok';
  let dropped = 0;
  let failures = 0;
  let lastLogAt = Number.NEGATIVE_INFINITY;
  let lastError = '';
  let idle: (() => void)[] = [];

  const report = (force = false) => {
    if (failures === 0 || (!force && now() - lastLogAt < LOG_EVERY_MS)) return;
    logger.warn(
      `store (${store.kind}): ${failures} write${failures === 1 ? '' : 's'} failed since the last report; ${queue.length} waiting, ${dropped} dropped in all; last error: ${lastError}`,
    );
    failures = 0;
    lastLogAt = now();
  };
  const fail = (label: string, error: unknown) => {
    failures += 1;
    lastError = `${label}: ${describeError(error)}`;
    report();
  };

  /** How many entries from the head go in the next write: one, or a run of rows with one writer. */
  const nextBatch = (): number => {
    const writer = writerOf(queue[0]!);
    if (writer === undefined || singly > 0) return 1;
    let count = 1;
    while (count < queue.length && count < batchLimit && writerOf(queue[count]!) === writer) count += 1;
    return count;
  };
  const writeBatch = (count: number): Promise<unknown> => {
    const head = queue[0]!;
    if ('write' in head) return head.write(store);
    const rows = queue.slice(0, count).map((entry) => ('row' in entry ? entry.row : undefined));
    return head.writer(store, rows);
  };

  const run = async () => {
    let wait = retryMs.first;
    while (queue.length > 0) {
      const next = queue[0]!;
      const count = nextBatch();
      try {
        await writeBatch(count);
        queue.splice(0, count);
        singly = Math.max(0, singly - count);
        if (state !== 'ok') {
          report(true);
          logger.info(`store (${store.kind}): writes resumed`);
        }
        state = 'ok';
        wait = retryMs.first;
      } catch (error) {
        fail(next.label, error);
        if (isTransient(error)) {
          state = 'retrying';
          await new Promise((resolve) => setTimeout(resolve, wait).unref());
          wait = Math.min(wait * 2, retryMs.max);
        } else if (count > 1) {
          singly = count;
        } else {
          state = 'failing';
          dropped += 1;
          queue.shift();
          singly = Math.max(0, singly - 1);
        }
      }
    }
    running = false;
    for (const resolve of idle) resolve();
    idle = [];
  };

  const push = (entry: Entry) => {
    if (queue.length >= limit) {
      dropped += 1;
      fail(entry.label, new Error(`the write queue is full (${limit} waiting)`));
      return;
    }
    queue.push(entry);
    if (running) return;
    // Started a little later: the caller's reply goes out first, and writes close behind join in.
    running = true;
    setTimeout(() => void run(), batchWindowMs);
  };

  return {
    enqueue(label, write) {
      push({ label, write });
    },
    enqueueRow(label, row, writer) {
      push({ label, row, writer: writer as RowsWriter<unknown> });
    },
    drain(timeoutMs = 10_000) {
      if (!running) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        timer.unref();
        idle.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    status: () => ({ kind: store.kind, state, queued: queue.length, dropped }),
  };
}
