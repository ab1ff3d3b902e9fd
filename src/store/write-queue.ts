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

export interface WriteQueue {
  /** Queues a write and returns at once; never throws, never waits for the database. */
  enqueue(label: string, write: (store: Store) => Promise<unknown>): void;
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
}

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
 */
export function createWriteQueue({
  store,
  logger,
  limit = 1_000,
  now = Date.now,
  retryMs = { first: 250, max: 30_000 },
}: WriteQueueOptions): WriteQueue {
  const queue: { label: string; write: (store: Store) => Promise<unknown> }[] = [];
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

  const run = async () => {
    let wait = retryMs.first;
    while (queue.length > 0) {
      const next = queue[0]!;
      try {
        await next.write(store);
        queue.shift();
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
        } else {
          state = 'failing';
          dropped += 1;
          queue.shift();
        }
      }
    }
    running = false;
    for (const resolve of idle) resolve();
    idle = [];
  };

  return {
    enqueue(label, write) {
      if (queue.length >= limit) {
        dropped += 1;
        fail(label, new Error(`the write queue is full (${limit} waiting)`));
        return;
      }
      queue.push({ label, write });
      if (running) return;
      // Started on the next turn of the event loop: the caller's reply goes out first.
      running = true;
      setImmediate(() => void run());
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
