import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerMessage } from '../../answer-message.js';
import { asHumanMessage, messageKey } from '../../human-message.js';
import { MESSAGE_SUBSCRIPTIONS } from '../../names.js';
import type { ListenerDeps } from '../deps.js';

/**
 * A direct message to the bot: always addressed to it, answered right there in the DM. Commands
 * work as bare words (`quiz`, `help`, `topics`), and hints say so rather than suggest a mention.
 */
export function createDirectMessage(
  deps: Pick<ListenerDeps, 'answerer' | 'dedup' | 'logger' | 'threads' | 'learning'>,
): Middleware<SlackEventMiddlewareArgs<'message'>> {
  return async ({ message: event, client, context }) => {
    const message = asHumanMessage({ ...event }, context.botUserId);
    if (message?.channelType !== MESSAGE_SUBSCRIPTIONS['message.im']) return;
    if (!(await deps.dedup.claim(messageKey(message.channel, message.ts)))) return;
    const asked = { surface: 'dm', teamId: context.teamId ?? '' } as const;
    const options = { mode: 'direct', threaded: false, botUserId: context.botUserId, asked } as const;
    await answerMessage({ ...deps, client }, message, options);
  };
}
