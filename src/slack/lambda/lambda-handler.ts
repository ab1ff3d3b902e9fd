import type { AwsLambdaReceiver, Logger } from '@slack/bolt';
import {
  bodyBytes,
  type LambdaHttpEvent,
  type LambdaHttpResponse,
  lowerCaseHeaders,
  methodOf,
} from './lambda-event.js';
import { screenLambdaRequest } from './screen-lambda-event.js';

/** A Lambda handler for HTTP events (Function URL, API Gateway). */
export type LambdaHandler = (event: LambdaHttpEvent, context?: unknown) => Promise<LambdaHttpResponse>;

export interface ScreenedHandlerOptions {
  signingSecret: string;
  logger: Logger;
  now?: () => number;
}

type ReceiverHandler = ReturnType<AwsLambdaReceiver['toHandler']>;

/**
 * Bolt's AwsLambdaReceiver handler, with what it gets wrong fixed in front of it: every request goes
 * through HTTP mode's screen first (it would accept a timestamp from the future), and reaches the
 * receiver with its body decoded as UTF-8 (it decodes base64 as ASCII). The receiver's own
 * signature check is off, as in HTTP mode. It resolves once the listeners are done, so a mention's
 * answer is posted within the invocation; a failure is a 500, never an unhandled rejection.
 */
export function screenedLambdaHandler(
  receive: ReceiverHandler,
  options: ScreenedHandlerOptions,
): LambdaHandler {
  return async (event, context) => {
    const method = methodOf(event);
    if (method !== 'POST') return { statusCode: 405, headers: { Allow: 'POST' }, body: '' };
    const headers = lowerCaseHeaders(event);
    headers['content-type'] = mediaType(headers['content-type']);
    const body = bodyBytes(event);
    const sourceIp = event.requestContext?.http?.sourceIp;
    const verdict = await screenLambdaRequest(
      { method, headers, body, ...(typeof sourceIp === 'string' ? { sourceIp } : {}) },
      options,
    );
    if (!verdict.accepted) return { statusCode: verdict.status, body: '' };
    const decoded = {
      ...event,
      headers,
      body: body.toString('utf8'),
      isBase64Encoded: false,
    };
    try {
      return (await receive(decoded as Parameters<ReceiverHandler>[0], context)) as LambdaHttpResponse;
    } catch (error) {
      options.logger.error('the Lambda handler failed', error);
      return { statusCode: 500, body: '' };
    }
  };
}

/** `application/json; charset=utf-8` → `application/json`: the screen and the receiver compare it exactly. */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}
