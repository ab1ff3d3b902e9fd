import { EmulatorError, EmulatorTimeoutError } from './errors.js';
import type { Fault } from './faults.js';

/** One Web API call the bot made, in arrival order. */
export interface ApiCall {
  /** 1-based position in the log. */
  seq: number;
  method: string;
  /** Arguments with JSON-encoded fields (`blocks`, `view`, …) already parsed; never the token. */
  args: Record<string, unknown>;
  /** HTTP status of the answer; 0 when the connection was dropped. */
  status: number;
  /** The JSON the emulator answered with, if any. */
  response: unknown;
  /** The injected fault this call consumed, if any. */
  fault?: Fault;
}

/** How long to wait, and for which call. */
export interface WaitForCallOptions {
  /** Defaults to 5000. */
  timeoutMs?: number;
  match?: (call: ApiCall) => boolean;
}

interface Waiter {
  method: string;
  match: (call: ApiCall) => boolean;
  resolve: (call: ApiCall) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Every Web API call, in order. `waitFor` hands each call to at most one waiter, so
 * sequential waits for the same method return successive calls whether they have
 * already happened or are still to come.
 */
export class CallLog {
  private readonly log: ApiCall[] = [];
  private readonly claimed = new Set<number>();
  private waiters: Waiter[] = [];

  /** Appends a call and hands it to the first waiter that wants it. */
  record(call: Omit<ApiCall, 'seq'>): ApiCall {
    const entry: ApiCall = { seq: this.log.length + 1, ...call };
    this.log.push(entry);
    const waiter = this.waiters.find((w) => w.method === entry.method && w.match(entry));
    if (waiter) {
      this.claimed.add(entry.seq);
      this.settle(waiter);
      waiter.resolve(entry);
    }
    return entry;
  }

  /** All calls, or those of one method. */
  all(method?: string): ApiCall[] {
    return method === undefined ? [...this.log] : this.log.filter((c) => c.method === method);
  }

  /** The earliest call of `method` not yet returned by an earlier wait, now or when it comes. */
  waitFor(method: string, options: WaitForCallOptions = {}): Promise<ApiCall> {
    const match = options.match ?? (() => true);
    const ready = this.log.find((c) => c.method === method && !this.claimed.has(c.seq) && match(c));
    if (ready) {
      this.claimed.add(ready.seq);
      return Promise.resolve(ready);
    }
    const timeoutMs = options.timeoutMs ?? 5000;
    return new Promise<ApiCall>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.settle(waiter);
        const seen = this.log.map((c) => c.method).join(', ') || 'none';
        reject(new EmulatorTimeoutError(`a ${method} call (calls so far: ${seen})`, timeoutMs));
      }, timeoutMs);
      const waiter: Waiter = { method, match, resolve, reject, timer };
      this.waiters.push(waiter);
    });
  }

  /** Fails every pending wait; used when the emulator stops. */
  rejectAll(): void {
    for (const waiter of [...this.waiters]) {
      this.settle(waiter);
      waiter.reject(new EmulatorError('EMULATOR_STOPPED', `stopped while waiting for ${waiter.method}`));
    }
  }

  private settle(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    this.waiters = this.waiters.filter((w) => w !== waiter);
  }
}
