import type {
  AllMiddlewareArgs,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
} from '@slack/bolt';
import { renderError } from '../core/render/index.js';
import type { Apology } from './listener-guard.js';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
type ClickArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
type MessageArgs = AllMiddlewareArgs & {
  event: { channel: string; user?: string; ts: string; thread_ts?: string };
};

const ephemeralError = () => ({ response_type: 'ephemeral' as const, ...renderError() });

/** A failed slash command: the apology goes in the ack, or through the response URL once acked. */
export const apologizeToCommand: Apology<CommandArgs> = async ({ ack, respond }, acked) =>
  acked ? respond(ephemeralError()) : ack(ephemeralError());

/** A failed button click: only the clicker sees the apology; from the Home tab it goes to their DM. */
export const apologizeToClick: Apology<ClickArgs> = async ({ ack, body, respond, client }, acked) => {
  if (!acked) await ack();
  if (body.response_url) return respond({ ...ephemeralError(), replace_original: false });
  return client.chat.postMessage({ channel: body.user.id, ...renderError() });
};

/** A failed reply to a message addressed to the bot: an ephemeral apology where the answer would have been. */
export function apologizeInPlace(threaded: boolean): Apology<MessageArgs> {
  return async ({ event, client }) => {
    if (!event.user) return;
    const threadTs = event.thread_ts ?? (threaded ? event.ts : undefined);
    return client.chat.postEphemeral({
      channel: event.channel,
      user: event.user,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...renderError(),
    });
  };
}
