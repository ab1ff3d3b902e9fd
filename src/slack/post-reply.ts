import type { Logger } from '@slack/bolt';
import type { SlackMessage } from '../core/render/slack-message.js';
import { ChannelUnreachableError } from './errors.js';
import { cannotPostHere, platformError, type SlackClient } from './slack-client.js';

/** What posting a reply needs: the listener's Web API client and the app's logger. */
export interface Poster {
  client: SlackClient;
  logger: Logger;
}

export interface Reply {
  channel: string;
  threadTs?: string;
  message: SlackMessage;
}

/** Slack's answers that mean it refused the blocks; `errors` point at the offending ones. */
const REFUSED_BLOCKS = new Set(['invalid_blocks', 'invalid_blocks_format']);

/**
 * Posts a message with `chat.postMessage`. Blocks Slack refuses are logged with Slack's pointers to
 * the offending block (`/blocks/3/text/text`) and the reply goes out as its plain text instead;
 * a channel the bot cannot post in becomes a ChannelUnreachableError, which nobody retries.
 */
export async function postReply({ client, logger }: Poster, { channel, threadTs, message }: Reply) {
  const where = { channel, ...(threadTs ? { thread_ts: threadTs } : {}) };
  try {
    return await client.chat.postMessage({ ...where, text: message.text, blocks: message.blocks });
  } catch (error) {
    const unreachable = cannotPostHere(error);
    if (unreachable) throw new ChannelUnreachableError(channel, unreachable);
    const refusal = platformError(error);
    if (!refusal || !REFUSED_BLOCKS.has(refusal.error) || !message.blocks) throw error;
    logger.error(`Slack refused the blocks of a reply (${refusal.error}); posting its text instead`, {
      channel,
      problems: refusal.errors ?? refusal.response_metadata?.messages ?? [],
    });
    return client.chat.postMessage({ ...where, text: message.text });
  }
}
