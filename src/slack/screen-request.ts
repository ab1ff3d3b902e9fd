import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import {
  type BufferedIncomingMessage,
  HTTPModuleFunctions as http,
  isRawBodyError,
  type Logger,
  verifySlackRequest,
} from '@slack/bolt';

/** Slack signs every request with the time it sent it; anything further than this either way is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
/** Slack's largest payloads (a view submission with its whole view) are far below this. */
export const REQUEST_BODY_LIMIT = 1024 * 1024;

export interface ScreenOptions {
  /** The endpoint Slack posts to; other paths (health, 404s) go straight to Bolt. */
  path: string;
  signingSecret: string;
  logger: Logger;
  bodyLimit?: number;
  now?: () => number;
}

interface Refusal {
  status: number;
  reason: string;
}

/**
 * Wraps Bolt's HTTP listener so that only a well-formed, correctly signed Slack request reaches it; the
 * receiver's own check is off, so this is the one place a request's signature is verified. Bolt refuses
 * stale timestamps, but accepts one from the far future, and a
 * signed body that is valid JSON yet not an object (`null`) makes it fail outside any handler and
 * leave the request hanging. Refusals close the connection, so a half-read body cannot poison it.
 */
export function screenRequests(next: RequestListener, options: ScreenOptions): RequestListener {
  return (req, res) => {
    if (req.method !== 'POST' || pathOf(req) !== options.path) {
      next(req, res);
      return;
    }
    screen(req, options).then(
      (refusal) => {
        if (!refusal) return next(req, res);
        options.logger.warn(`refused a request to ${options.path} (${refusal.status}): ${refusal.reason}`);
        refuse(res, refusal.status);
      },
      (error: unknown) => {
        options.logger.error('could not screen a request', error);
        refuse(res, 500);
      },
    );
  };
}

async function screen(req: IncomingMessage, options: ScreenOptions): Promise<Refusal | undefined> {
  let buffered: BufferedIncomingMessage;
  try {
    // Bolt reads the body from here again instead of from the (drained) stream.
    buffered = await http.bufferIncomingMessage(req, options.bodyLimit ?? REQUEST_BODY_LIMIT);
  } catch (error) {
    if (!isRawBodyError(error)) throw error;
    const status = error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
    return { status, reason: error.message };
  }
  const body = buffered.rawBody.toString();
  const form = req.headers['content-type'] === 'application/x-www-form-urlencoded';
  // Slack's unsigned `ssl_check`: Bolt answers it and drops anything else in the body.
  if (form && new URLSearchParams(body).get('ssl_check') === '1') return undefined;
  return (
    signatureProblem(req, body, options) ?? (mayNotBeAnObject(form, body) ? bodyProblem(buffered) : undefined)
  );
}

/**
 * A form body without `payload` (a slash command) always parses to an object; only JSON (events) and
 * `payload=` forms (interactions) can be `null` or garbage, so only those are parsed here.
 */
function mayNotBeAnObject(form: boolean, body: string): boolean {
  return !form || body.startsWith('payload=') || body.includes('&payload=');
}

function signatureProblem(req: IncomingMessage, body: string, options: ScreenOptions): Refusal | undefined {
  const timestamp = req.headers['x-slack-request-timestamp'];
  const signature = req.headers['x-slack-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string')
    return { status: 401, reason: 'the signature headers are missing' };
  const sentAt = Number(timestamp);
  const now = Math.floor((options.now ?? Date.now)() / 1000);
  if (!Number.isInteger(sentAt) || Math.abs(now - sentAt) > MAX_CLOCK_SKEW_SECONDS)
    return { status: 401, reason: 'the request timestamp is more than five minutes away from now' };
  try {
    verifySlackRequest({
      signingSecret: options.signingSecret,
      body,
      headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': sentAt },
    });
    return undefined;
  } catch (error) {
    return { status: 401, reason: error instanceof Error ? error.message : String(error) };
  }
}

function bodyProblem(buffered: BufferedIncomingMessage): Refusal | undefined {
  try {
    const parsed: unknown = http.parseHTTPRequestBody(buffered);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return undefined;
    return { status: 400, reason: 'the body is not a JSON object' };
  } catch (error) {
    return {
      status: 400,
      reason: `malformed body: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}

function refuse(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status, { Connection: 'close', 'Content-Length': '0' });
  res.end();
}
