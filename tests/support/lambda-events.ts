import { slackSignatureHeaders } from '../../src/playground/emulator/index.js';
import type { LambdaHttpEvent } from '../../src/slack/lambda/lambda-event.js';

export interface FunctionUrlOptions {
  /** Seconds since the epoch the request claims to be sent at (default now). */
  timestamp?: number;
  /** Signs with this secret instead (a forgery). */
  secret?: string;
  /** Sends the body base64-encoded, as Lambda does for bodies it does not treat as text. */
  base64?: boolean;
  /** Extra headers, e.g. `X-Slack-Retry-Num`. */
  headers?: Record<string, string>;
  method?: string;
}

/**
 * A Lambda Function URL event (payload format 2.0) carrying `body` as Slack would post it, signed
 * with `signingSecret` unless `options.secret` forges it. Header names are lower case, as AWS sends them.
 */
export function functionUrlEvent(
  signingSecret: string,
  body: string,
  contentType: string,
  options: FunctionUrlOptions = {},
): LambdaHttpEvent {
  const signature = slackSignatureHeaders(options.secret ?? signingSecret, body, options.timestamp);
  const headers: Record<string, string> = { 'content-type': contentType };
  for (const [name, value] of Object.entries({ ...signature, ...options.headers }))
    headers[name.toLowerCase()] = value;
  const method = options.method ?? 'POST';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: '',
    headers,
    requestContext: { http: { method, path: '/', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1' } },
    body: options.base64 ? Buffer.from(body, 'utf8').toString('base64') : body,
    isBase64Encoded: options.base64 === true,
  };
}

/** The same event with no signature headers at all (Slack's `ssl_check` is sent this way). */
export function unsignedEvent(body: string, contentType: string): LambdaHttpEvent {
  const event = functionUrlEvent('unused', body, contentType);
  const { 'x-slack-signature': _s, 'x-slack-request-timestamp': _t, ...headers } = event.headers ?? {};
  return { ...event, headers };
}
