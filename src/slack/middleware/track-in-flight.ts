import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { InFlight } from '../in-flight.js';

/** Global middleware: counts every delivery until all its listeners are done. */
export function trackInFlight(inFlight: InFlight): Middleware<AnyMiddlewareArgs> {
  return ({ next }) => inFlight.track(next);
}
