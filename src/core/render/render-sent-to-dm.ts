import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import { context } from './block-builders.js';
import { RECOMMENDATION_WORDS } from './messages.js';
import type { SlackMessage } from './slack-message.js';

/**
 * A reply meant for a channel the bot cannot post in, sent to the DM instead: it opens by saying
 * so, naming the channel (and whether the bot is simply not a member), so the person knows why it
 * is here and not where they asked.
 */
export function renderSentToDm(message: SlackMessage, channelId: string, notMember: boolean): SlackMessage {
  const note = RECOMMENDATION_WORDS.sentToDm(`<#${channelId}>`, notMember);
  return {
    text: `${note} ${message.text}`,
    blocks: [context(note), ...message.blocks].slice(0, L.messageBlocks),
  };
}
