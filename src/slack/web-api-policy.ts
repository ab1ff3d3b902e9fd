import type { webApi } from '@slack/bolt';

/**
 * How the bot's Web API calls behave when Slack is slow or failing. The WebClient's defaults are
 * no timeout at all and ten retries over half an hour: a reply that late is no reply, and a hung
 * call would hold shutdown. 429s are waited out for `Retry-After`, and count as an attempt.
 */
export interface WebApiPolicy {
  /** Per attempt; an attempt that takes longer is abandoned and retried. */
  timeoutMs: number;
  /** Attempts after the first, for 429s, 5xx answers, dropped connections and timeouts. */
  retries: number;
  /** The wait before the first retry; it doubles (with jitter) up to `maxRetryDelayMs`. */
  minRetryDelayMs: number;
  maxRetryDelayMs: number;
}

/**
 * Slack answers in well under a second; ten seconds without an answer is a dead connection. A call
 * abandoned after the timeout may still have reached Slack, so its retry can post twice: the
 * timeout is long so that this only happens when the connection is gone anyway.
 */
export const WEB_API_POLICY: WebApiPolicy = {
  timeoutMs: 10_000,
  retries: 3,
  minRetryDelayMs: 500,
  maxRetryDelayMs: 4_000,
};

/** The WebClient options for a policy. Errors Slack answers with (`ok: false`) are never retried. */
export function webClientOptions(policy: WebApiPolicy): {
  timeout: number;
  retryConfig: webApi.RetryOptions;
} {
  return {
    timeout: policy.timeoutMs,
    retryConfig: {
      retries: policy.retries,
      factor: 2,
      minTimeout: policy.minRetryDelayMs,
      maxTimeout: policy.maxRetryDelayMs,
      randomize: true,
    },
  };
}
