import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** Slack signs every request with the time it sent it; anything further than this either way is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/** `v0=` and exactly 64 lowercase hex digits: nothing before, nothing after (`v0=<hash>=junk` is refused). */
const SIGNATURE = /^v0=([0-9a-f]{64})$/;
/** Whole seconds, digits only: no sign, spaces, exponent or hex that `Number()` would take. */
const TIMESTAMP = /^[0-9]{1,12}$/;

/** The signature headers of a request, read strictly; `problem` says why they cannot be used. */
export type SignatureHeaders =
  | { timestamp: number; digest: Buffer; problem?: undefined }
  | { problem: string; missing: boolean };

/**
 * Reads `X-Slack-Request-Timestamp` and `X-Slack-Signature` without trusting them: both present
 * once, well-formed, and the timestamp within five minutes of `nowSeconds` either way.
 */
export function readSignatureHeaders(headers: IncomingHttpHeaders, nowSeconds: number): SignatureHeaders {
  const timestamp = headers['x-slack-request-timestamp'];
  const signature = headers['x-slack-signature'];
  if (timestamp === undefined && signature === undefined)
    return { problem: 'the signature headers are missing', missing: true };
  if (typeof timestamp !== 'string' || typeof signature !== 'string')
    return { problem: 'a signature header is missing', missing: false };
  if (!TIMESTAMP.test(timestamp)) return { problem: 'the request timestamp is malformed', missing: false };
  const sentAt = Number(timestamp);
  if (Math.abs(nowSeconds - sentAt) > MAX_CLOCK_SKEW_SECONDS)
    return { problem: 'the request timestamp is more than five minutes away from now', missing: false };
  const hash = SIGNATURE.exec(signature)?.[1];
  if (!hash) return { problem: 'the signature is not v0= and 64 hex digits', missing: false };
  return { timestamp: sentAt, digest: Buffer.from(hash, 'hex') };
}

/** Whether `digest` is the HMAC-SHA256 of `v0:<timestamp>:<body>` under the secret, compared in constant time. */
export function signatureMatches(
  signingSecret: string,
  timestamp: number,
  body: Buffer,
  digest: Buffer,
): boolean {
  const expected = createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest();
  return expected.length === digest.length && timingSafeEqual(expected, digest);
}
