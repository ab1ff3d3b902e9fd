import type { AllMiddlewareArgs, Logger } from '@slack/bolt';
import { ChannelUnreachableError } from './errors.js';

/** Tells a waiting user that something failed; `acked` says whether the listener acknowledged already. */
export type Apology<A> = (args: A, acked: boolean) => Promise<unknown>;

export interface GuardOptions<A> {
  /** What the listener is, for the log: `command`, `app_mention`, `share button`… */
  surface: string;
  logger: Logger;
  /** Omitted where nobody waits for an answer (overheard chatter, the Home tab opening). */
  apologize?: Apology<A>;
}

type Listener<A> = (args: A) => Promise<void>;

/**
 * Wraps a listener so that a failure is logged once, with context, and the user who is waiting
 * gets a friendly ephemeral apology instead of silence. Nothing is rethrown: one bad delivery
 * never takes the bot down, and Bolt does not log it a second time.
 */
export function guard<A extends AllMiddlewareArgs & { ack?: (response?: never) => Promise<void> }>(
  listener: Listener<A>,
  { surface, logger, apologize }: GuardOptions<A>,
): Listener<A> {
  return async (args) => {
    let acked = false;
    const { ack } = args;
    const tracked: A = ack
      ? {
          ...args,
          ack: (response?: never) => {
            acked = true;
            return ack(response);
          },
        }
      : args;
    try {
      await listener(tracked);
    } catch (error) {
      const delivery = describeDelivery((args as { body?: unknown }).body);
      // Slack will not take a post there: an apology would fail the same way, so there is none.
      if (error instanceof ChannelUnreachableError) {
        logger.warn(`${surface}: ${error.message}`, delivery);
        return;
      }
      const retryAfter = rateLimitedFor(error);
      if (retryAfter === undefined) logger.error(`${surface} failed`, delivery, error);
      else logger.warn(`${surface}: gave up on the reply: Slack asked to wait ${retryAfter} s`, delivery);
      if (!apologize) return;
      await apologize(args, acked).catch((apologyError: unknown) => {
        logger.error(`${surface}: could not tell the user about the failure`, apologyError);
      });
    }
  };
}

/**
 * The Retry-After (seconds) of a call the transport gave up on because Slack asked for a longer
 * wait than a reply may take (slack-transport.ts); undefined for any other failure.
 */
function rateLimitedFor(error: unknown): number | undefined {
  const { code, retryAfter } = (error ?? {}) as { code?: unknown; retryAfter?: unknown };
  return code === 'slack_webapi_rate_limited_error' && typeof retryAfter === 'number'
    ? retryAfter
    : undefined;
}

/** The few fields that say which delivery failed, whatever its kind. */
export function describeDelivery(body: unknown): Record<string, unknown> {
  const at = (...path: (string | number)[]) => pick(body, path);
  const facts = {
    event: at('event', 'type'),
    command: at('command'),
    action: at('actions', 0, 'action_id'),
    user: at('event', 'user') ?? at('user_id') ?? at('user', 'id'),
    channel: at('event', 'channel') ?? at('channel_id') ?? at('channel', 'id'),
    ts: at('event', 'ts') ?? at('container', 'message_ts'),
    text: at('event', 'text') ?? at('text'),
  };
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
}

function pick(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
