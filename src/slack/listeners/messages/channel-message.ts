import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerMessage } from '../../answer-message.js';
import { asHumanMessage, mentionsBot, messageKey } from '../../human-message.js';
import { LISTENED_CHANNEL_TYPES } from '../../names.js';
import type { ListenerDeps } from '../deps.js';

/**
 * A message overheard in a channel the bot is in: the core's `channel` mode decides, and stays
 * silent unless the message is clearly a question this guide answers. Replies go in a thread.
 */
export function createChannelMessage(
  deps: Pick<ListenerDeps, 'answerer' | 'dedup' | 'logger' | 'threads'>,
): Middleware<SlackEventMiddlewareArgs<'message'>> {
  return async ({ message: event, client, context }) => {
    const message = asHumanMessage({ ...event }, context.botUserId);
    if (!message?.channelType || !LISTENED_CHANNEL_TYPES.includes(message.channelType)) return;
    // A message that mentions the bot also arrives as app_mention, which answers it as a direct question.
    if (mentionsBot(message.text, context.botUserId)) return;
    if (!(await deps.dedup.claim(messageKey(message.channel, message.ts)))) return;
    await answerMessage({ ...deps, client }, message, { mode: 'channel', threaded: true });
  };
}
