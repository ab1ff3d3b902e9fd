import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { EVENTS_PATH } from '../receivers.js';
import { type ScreenOptions, screenRequests } from '../screen-request.js';

/** A request as the screen sees it, taken from a Lambda event. */
export interface ScreenedRequest {
  method: string;
  /** The caller's address, for the screen's log lines. */
  sourceIp?: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Accepted, or the status to refuse with. */
export type ScreenVerdict = { accepted: true } | { accepted: false; status: number };

/**
 * Runs a Lambda request through the very screen that guards HTTP mode (screen-request.ts:
 * signature, five minutes either way, well-formed body), so the two modes cannot drift apart.
 * The screen works on Node's request and response, so the event is presented as those: a stream
 * of the body's bytes, and a response that only records the refusal's status.
 */
export function screenLambdaRequest(
  request: ScreenedRequest,
  options: Omit<ScreenOptions, 'path'>,
): Promise<ScreenVerdict> {
  return new Promise((resolve) => {
    const req = Object.assign(Readable.from([request.body], { objectMode: false }), {
      method: request.method,
      url: EVENTS_PATH,
      headers: request.headers,
      socket: { remoteAddress: request.sourceIp },
    }) as unknown as IncomingMessage;
    const res = {
      headersSent: false,
      writeHead(status: number) {
        resolve({ accepted: false, status });
        return this;
      },
      setHeader() {
        return this;
      },
      end() {
        return this;
      },
    } as unknown as ServerResponse;
    screenRequests(() => resolve({ accepted: true }), { ...options, path: EVENTS_PATH })(req, res);
  });
}
