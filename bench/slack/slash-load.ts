import autocannon from 'autocannon';
import type { SignedRequest } from './slack-requests.js';

/** One load run against one server. */
export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts, non-2xx answers and answers that failed the body check. */
  errors: number;
  requests: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  /** Each connection sends these in turn. */
  requests: readonly SignedRequest[];
  /** A check on every answer body; a failed check counts as an error. */
  verifyBody: (body: string) => boolean;
}

/** Runs autocannon in this process against a server in another. */
export async function runLoad({
  url,
  connections,
  seconds,
  requests,
  verifyBody,
}: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 5,
    requests: requests.map((request) => ({ ...request })),
    verifyBody,
  });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    requests: result.requests.total,
  };
}
