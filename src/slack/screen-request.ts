import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { BufferedIncomingMessage, Logger } from '@slack/bolt';
import { HTTPModuleFunctions as http, isRawBodyError } from './bolt.js';
import { createRefusalLog } from './refusal-log.js';
import { readSignatureHeaders, signatureMatches } from './request-signature.js';
import { isPureSslCheck, SSL_CHECK_BODY_LIMIT } from './ssl-check.js';

export { MAX_CLOCK_SKEW_SECONDS } from './request-signature.js';

/** Slack's largest payloads (a view submission with its whole view) are far below this. */
export const REQUEST_BODY_LIMIT = 1024 * 1024;

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

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

/** What the screen decided: hand the request to Bolt, answer Slack's ssl_check, or refuse it. */
type Verdict = { pass: true; mediaType: string } | { sslCheck: true } | Refusal;

/**
 * Wraps Bolt's HTTP listener so that only a correctly signed Slack request of a type Slack sends
 * reaches it. Every request to the endpoint must be signed except Slack's pure ssl_check, which is
 * answered here and never handed on. The signature headers are read before the body, so an
 * unsigned request is refused without reading it (an unsigned form is read only as far as an
 * ssl_check can go). It is the only signature check (Bolt's own is off behind it, as in the Lambda
 * handler), and stricter than Bolt's: it refuses future timestamps and anything after the hash.
 * Refusals close the connection, so a half-read body cannot poison it, and are logged with the
 * reason (never a header or the body), at most twenty a minute one by one (refusal-log.ts).
 */
export function screenRequests(next: RequestListener, options: ScreenOptions): RequestListener {
  const logRefusal = createRefusalLog(options.logger, options.now);
  return (req, res) => {
    if ((req.method ?? '').toUpperCase() !== 'POST' || pathOf(req) !== options.path) {
      next(req, res);
      return;
    }
    screen(req, options).then(
      (verdict) => {
        if ('pass' in verdict) {
          // Bolt parses a form only under this exact type; parameters (charset) are dropped.
          req.headers['content-type'] = verdict.mediaType;
          return next(req, res);
        }
        if ('sslCheck' in verdict) {
          options.logger.debug(`answered Slack's ssl_check on ${options.path}`);
          return answer(res, 200);
        }
        // The Lambda handler's requests are built in memory and have no socket.
        logRefusal(
          `refused a request to ${options.path} from ${req.socket?.remoteAddress ?? 'an unknown address'} (${verdict.status}): ${verdict.reason}`,
        );
        answer(res, verdict.status);
      },
      (error: unknown) => {
        options.logger.error('could not screen a request', error);
        answer(res, 500);
      },
    );
  };
}

async function screen(req: IncomingMessage, options: ScreenOptions): Promise<Verdict> {
  const mediaType = mediaTypeOf(req.headers['content-type']);
  if (mediaType !== FORM && mediaType !== JSON_TYPE)
    return { status: 415, reason: `Slack never sends the content type "${printable(mediaType)}"` };
  const limit = options.bodyLimit ?? REQUEST_BODY_LIMIT;
  if (Number(req.headers['content-length']) > limit)
    return { status: 413, reason: `the body is larger than ${limit} bytes` };
  const nowSeconds = Math.floor((options.now ?? Date.now)() / 1000);
  const headers = readSignatureHeaders(req.headers, nowSeconds);
  if (headers.problem !== undefined) {
    if (!headers.missing || mediaType !== FORM) return { status: 401, reason: headers.problem };
    return unsignedForm(req);
  }
  const body = await readBody(req, limit);
  if ('status' in body) return body;
  if (!signatureMatches(options.signingSecret, headers.timestamp, body.rawBody, headers.digest))
    return { status: 401, reason: 'the signature does not match the body' };
  // A form is parsed once here for both questions; JSON is left to bodyProblem.
  const form = mediaType === FORM ? new URLSearchParams(body.rawBody.toString()) : undefined;
  if (form && isPureSslCheck(form)) return { sslCheck: true };
  const problem = mayNotBeAnObject(form) ? bodyProblem(body) : undefined;
  return problem ?? { pass: true, mediaType };
}

/** No signature at all: only Slack's ssl_check may be answered; anything else in the body is refused. */
async function unsignedForm(req: IncomingMessage): Promise<Verdict> {
  const body = await readBody(req, SSL_CHECK_BODY_LIMIT);
  if ('status' in body) return { status: 401, reason: 'the signature headers are missing' };
  if (isPureSslCheck(body.rawBody.toString())) return { sslCheck: true };
  return { status: 401, reason: 'the signature headers are missing (the body is more than an ssl_check)' };
}

async function readBody(req: IncomingMessage, limit: number): Promise<BufferedIncomingMessage | Refusal> {
  try {
    // Bolt reads the body from here again instead of from the (drained) stream.
    return await http.bufferIncomingMessage(req, limit);
  } catch (error) {
    if (!isRawBodyError(error)) throw error;
    const status = error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
    return { status, reason: error.message };
  }
}

/**
 * A form body without `payload` (a slash command) always parses to an object; only JSON (events) and
 * `payload=` forms (interactions) can be `null` or garbage, so only those are parsed here.
 */
function mayNotBeAnObject(form: URLSearchParams | undefined): boolean {
  return form === undefined || form.has('payload');
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

/** `Application/JSON; charset=utf-8` → `application/json`; empty when there is no header. */
function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** A header value fit for a log line: short, and without control characters. */
function printable(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
}

function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}

function answer(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  const close = status >= 400 ? { Connection: 'close' } : {};
  res.writeHead(status, { ...close, 'Content-Length': '0' });
  res.end();
}
