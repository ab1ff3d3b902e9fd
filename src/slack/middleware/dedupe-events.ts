import type { AnyMiddlewareArgs, Logger, Middleware } from '@slack/bolt';
import type { DedupStore } from '../dedup-store.js';

/**
 * Global middleware: an Events API delivery whose `event_id` was already handled (Slack's retries,
 * `X-Slack-Retry-Num`) goes no further. Bolt has already acknowledged it, so Slack stops retrying.
 */
export function dedupeEvents(dedup: DedupStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await dedup.claim(`event:${eventId}`))) {
      logger.debug(`ignored a repeated delivery of ${eventId} (retry ${context.retryNum ?? 0})`);
      return;
    }
    await next();
  };
}
