import type { AnyMiddlewareArgs, Logger, Middleware } from '@slack/bolt';
import type { DedupStore } from '../dedup-store.js';
import type { InFlight } from '../in-flight.js';
import { dedupeEvents } from './dedupe-events.js';

/**
 * The one global middleware: counts every delivery until all its listeners are done (so shutdown can
 * let replies finish), and drops repeated Events API deliveries. One registration rather than two,
 * because Bolt runs every global middleware on every request.
 */
export function admitDelivery(
  inFlight: InFlight,
  dedup: DedupStore,
  logger: Logger,
): Middleware<AnyMiddlewareArgs> {
  const dedupe = dedupeEvents(dedup, logger);
  return (args) => inFlight.track(() => dedupe(args));
}
