import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerMessage } from '../../answer-message.js';
import { asHumanMessage, messageKey } from '../../human-message.js';
import type { ListenerDeps } from '../deps.js';

/** `@certpath <question>` in a channel: answered in a thread under the mention. */
export function createAppMention(
  deps: Pick<ListenerDeps, 'answerer' | 'dedup' | 'logger' | 'threads' | 'learning'>,
): Middleware<SlackEventMiddlewareArgs<'app_mention'>> {
  return async ({ event, client, context }) => {
    const message = asHumanMessage({ ...event }, context.botUserId);
    if (!message || !(await deps.dedup.claim(messageKey(message.channel, message.ts)))) return;
    const asked = { surface: 'mention', teamId: context.teamId ?? '' } as const;
    const options = { mode: 'direct', threaded: true, botUserId: context.botUserId, asked } as const;
    await answerMessage({ ...deps, client }, message, options);
  };
}
