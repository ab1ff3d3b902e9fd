import type { Logger } from '@slack/bolt';
import type { WebApiPolicy } from './web-api-policy.js';
import { WebApiStatus } from './web-api-status.js';

type Fetch = typeof globalThis.fetch;

export interface TransportOptions {
  policy: WebApiPolicy;
  logger: Logger;
  /** The real fetch by default. */
  fetch?: Fetch;
  now?: () => number;
}

/** At most this many calls wait out a Retry-After at once; more give up at once, so waits never fill the client's queue. */
export const MAX_WAITING_CALLS = 20;

interface Waiter {
  endsAt: number;
  wake: () => void;
}

/**
 * The fetch every Web API call and `respond()` goes through (as the App's `clientOptions.fetch`).
 * It times out each attempt, and waits out a 429's `Retry-After` for that call alone, so one
 * rate-limited method never holds up the others (the WebClient's own handling pauses them all).
 * A 429 asking for more than the policy allows is handed back at once: the WebClient, told to
 * reject rate-limited calls, fails that call, and the listener apologizes. It also keeps the
 * status `/healthz` reports, and lets shutdown cut the waits that would outlast it.
 */
export class SlackTransport {
  readonly status: WebApiStatus;
  private readonly send: Fetch;
  private readonly now: () => number;
  private waiters = new Set<Waiter>();
  private deadline = Number.POSITIVE_INFINITY;

  constructor(private readonly options: TransportOptions) {
    this.send = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? Date.now;
    this.status = new WebApiStatus(this.now);
  }

  get policy(): WebApiPolicy {
    return this.options.policy;
  }

  /** How many calls are waiting out a Retry-After now. */
  get waitingCalls(): number {
    return this.waiters.size;
  }

  /** The fetch to give the App; bound, so Bolt can call it bare. */
  readonly fetch: Fetch = async (input, init) => {
    let waitedMs = 0;
    for (let retry = 0; ; retry += 1) {
      const response = await this.attempt(input, init);
      if (response.status !== 429) return response;
      const waitMs = retryAfterMs(response);
      if (waitMs !== undefined) this.status.rateLimited(this.now() + waitMs);
      const refusal = this.whyNotWait(waitMs, waitedMs, retry);
      await response.body?.cancel();
      if (!refusal)
        this.options.logger.info(
          `${methodOf(input)}: rate limited by Slack; retrying this call alone in ${waitMs! / 1000} s`,
        );
      if (refusal || !(await this.wait(waitMs!))) {
        this.options.logger.debug(
          `${methodOf(input)}: not waiting out Slack's 429 (${refusal ?? 'stopping'})`,
        );
        return new Response(null, {
          status: 429,
          statusText: 'Too Many Requests',
          headers: response.headers,
        });
      }
      waitedMs += waitMs!;
    }
  };

  /**
   * Shutdown: waits for a Retry-After that would end after `deadline` end now (their calls give
   * up), and no new one that would starts. Returns how many were cut.
   */
  stopBy(deadline: number): number {
    this.deadline = deadline;
    const cut = [...this.waiters].filter((waiter) => waiter.endsAt > deadline);
    for (const waiter of cut) waiter.wake();
    return cut.length;
  }

  private async attempt(input: Parameters<Fetch>[0], init: RequestInit | undefined): Promise<Response> {
    const timeout = AbortSignal.timeout(this.policy.timeoutMs);
    const signal = init?.signal ? AbortSignal.any([timeout, init.signal]) : timeout;
    try {
      const response = await this.send(input, { ...init, signal });
      if (response.status >= 500) this.status.failed();
      else if (response.status !== 429) this.status.answered();
      return response;
    } catch (error) {
      this.status.failed();
      throw error;
    }
  }

  private whyNotWait(waitMs: number | undefined, waitedMs: number, retry: number): string | undefined {
    if (waitMs === undefined) return 'no usable Retry-After';
    const cap = this.policy.maxRetryAfterMs;
    if (waitedMs + waitMs > cap)
      return `Retry-After ${waitMs / 1000} s is past the ${cap / 1000} s a call may wait`;
    if (retry >= this.policy.retries) return `still rate-limited after ${retry} retries`;
    if (this.waiters.size >= MAX_WAITING_CALLS) return `${MAX_WAITING_CALLS} calls already waiting`;
    return undefined;
  }

  /** Sleeps `ms`; false at once, or early, when the wait would outlast shutdown. */
  private wait(ms: number): Promise<boolean> {
    const endsAt = this.now() + ms;
    if (endsAt > this.deadline) return Promise.resolve(false);
    return new Promise((done) => {
      const waiter: Waiter = {
        endsAt,
        wake: () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          done(false);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        done(true);
      }, ms);
      this.waiters.add(waiter);
    });
  }
}

/** `Retry-After` in milliseconds, read as the WebClient reads it (whole seconds); undefined when unusable. */
function retryAfterMs(response: Response): number | undefined {
  const seconds = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  return Number.isNaN(seconds) || seconds < 0 ? undefined : seconds * 1000;
}

/** The Web API method a request is for, for the log; a response_url (a secret of sorts) is never logged. */
function methodOf(input: Parameters<Fetch>[0]): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const last = url.split('?')[0]!.split('/').pop() ?? '';
  return /^[a-z]+(\.[a-zA-Z]+)+$/.test(last) ? last : 'a response_url';
}
