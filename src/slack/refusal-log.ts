import type { Logger } from '@slack/bolt';

/** Refusals logged one by one per minute; past this, a flood is counted and summed up once. */
export const REFUSALS_LOGGED_PER_MINUTE = 20;
const MINUTE_MS = 60_000;

/**
 * Logs refused requests as warnings without letting a flood of forged requests flood the log:
 * the first REFUSALS_LOGGED_PER_MINUTE of each minute are logged, the rest counted, and the count
 * logged with the first refusal of a later minute.
 */
export function createRefusalLog(logger: Logger, now: () => number = Date.now): (line: string) => void {
  let windowStart = Number.NEGATIVE_INFINITY;
  let logged = 0;
  let dropped = 0;
  return (line) => {
    const at = now();
    if (at - windowStart >= MINUTE_MS) {
      if (dropped > 0)
        logger.warn(`${dropped} more requests were refused in a minute; not logged one by one`);
      windowStart = at;
      logged = 0;
      dropped = 0;
    }
    if (logged < REFUSALS_LOGGED_PER_MINUTE) {
      logged += 1;
      logger.warn(line);
    } else dropped += 1;
  };
}
