import type { webApi } from '@slack/bolt';

/**
 * How the bot's Web API calls behave when Slack is slow or failing. The WebClient's defaults are
 * no timeout at all, ten retries over half an hour, and a 429 that pauses every call of the app
 * for as long as its `Retry-After` says: a reply that late is no reply, and a hung call would hold
 * shutdown. Here each call waits out a 429 on its own, and only up to `maxRetryAfterMs`.
 */
export interface WebApiPolicy {
  /** Per attempt; an attempt that takes longer is abandoned and retried. */
  timeoutMs: number;
  /** Attempts after the first, for 5xx answers, dropped connections and timeouts (and, apart, for 429s). */
  retries: number;
  /** The wait before the first retry; it doubles (with jitter) up to `maxRetryDelayMs`. */
  minRetryDelayMs: number;
  maxRetryDelayMs: number;
  /**
   * The longest one call waits, in all, for the `Retry-After` of Slack's 429s. A 429 asking for more
   * ends the call at once: the reply is given up (logged, and the user told where possible).
   */
  maxRetryAfterMs: number;
}

/**
 * Slack answers in well under a second; ten seconds without an answer is a dead connection. A call
 * abandoned after the timeout may still have reached Slack, so its retry can post twice: the
 * timeout is long so that this only happens when the connection is gone anyway.
 *
 * Retry-After: Slack's Web API tiers count per minute and `chat.postMessage`'s per-channel limit
 * is one a second, so the waits Slack asks for in normal use are a few seconds and at most a
 * minute. Thirty seconds covers the usual ones; a reply later than that has lost its asker, and a
 * longer wait would hold shutdown past the 30 s most orchestrators allow before they kill.
 */
export const WEB_API_POLICY: WebApiPolicy = {
  timeoutMs: 10_000,
  retries: 3,
  minRetryDelayMs: 500,
  maxRetryDelayMs: 4_000,
  maxRetryAfterMs: 30_000,
};

/** The default policy with the configured per-attempt timeout (SLACK_API_TIMEOUT_MS). */
export function webApiPolicyOf(config: { webApiTimeoutMs?: number }): WebApiPolicy {
  return { ...WEB_API_POLICY, timeoutMs: config.webApiTimeoutMs ?? WEB_API_POLICY.timeoutMs };
}

/**
 * How long shutdown waits for the replies under way: a call that hangs when the signal comes runs
 * into its timeout, waits the longest retry delay, and gets one full attempt more, plus a second.
 * 25 s with the default policy, under the 30 s grace Kubernetes and systemd give by default.
 * Retry-After waits that would end later are cut when shutdown starts; what still runs at the end
 * of the grace is cut, and logged.
 */
export function stopGraceMs(policy: WebApiPolicy): number {
  return 2 * policy.timeoutMs + policy.maxRetryDelayMs + 1_000;
}

/**
 * The WebClient options for a policy. The transport (slack-transport.ts) applies the per-attempt
 * timeout and the Retry-After waits itself, so the client's own timeout is off (it would cut a
 * wait short) and a 429 that reaches the client is rejected, never waited out by pausing the
 * client's queue. Errors Slack answers with (`ok: false`) are never retried.
 */
export function webClientOptions(policy: WebApiPolicy): {
  timeout: number;
  rejectRateLimitedCalls: true;
  retryConfig: webApi.RetryOptions;
} {
  return {
    timeout: 0,
    rejectRateLimitedCalls: true,
    retryConfig: {
      retries: policy.retries,
      factor: 2,
      minTimeout: policy.minRetryDelayMs,
      maxTimeout: policy.maxRetryDelayMs,
      randomize: true,
    },
  };
}
