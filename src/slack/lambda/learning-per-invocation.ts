import type { Learning } from '../../store/learning.js';
import { SHARED_REFRESH_MS } from '../../store/start-learning.js';
import type { LambdaHandler } from './lambda-handler.js';

/** How long an invocation waits, after answering, for its feedback and questions to be written. */
export const DRAIN_MS = 500;

/**
 * A Lambda container is frozen between invocations, so timers and a background write queue cannot
 * be relied on: lessons are reloaded at the start of an invocation when the last reload is older than
 * SHARED_REFRESH_MS (one small SELECT), and what the invocation queued is written before it returns.
 */
export function withLearningPerInvocation(
  handle: LambdaHandler,
  learning: Learning,
  now: () => number = Date.now,
): LambdaHandler {
  let refreshedAt = now();
  return async (event, context) => {
    if (now() - refreshedAt >= SHARED_REFRESH_MS) {
      refreshedAt = now();
      await learning.refresh();
    }
    try {
      return await handle(event, context);
    } finally {
      await learning.drain(DRAIN_MS).catch(() => {});
    }
  };
}
