import type { Logger } from '@slack/bolt';
import type { SlackMessage } from '../core/render/slack-message.js';
import { ChannelUnreachableError } from './errors.js';
import type { SlackClient } from './thread-reply.js';

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

/** Slack's answers that mean the bot cannot post in the channel at all. */
const UNREACHABLE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'team_access_not_granted',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
]);
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
    const refusal = platformError(error);
    if (refusal && UNREACHABLE.has(refusal.error)) throw new ChannelUnreachableError(channel, refusal.error);
    if (!refusal || !REFUSED_BLOCKS.has(refusal.error) || !message.blocks) throw error;
    logger.error(`Slack refused the blocks of a reply (${refusal.error}); posting its text instead`, {
      channel,
      problems: refusal.errors ?? refusal.response_metadata?.messages ?? [],
    });
    return client.chat.postMessage({ ...where, text: message.text });
  }
}

interface PlatformError {
  error: string;
  errors?: unknown;
  response_metadata?: { messages?: unknown };
}

/** The `ok: false` answer of a Web API call that failed that way. */
function platformError(error: unknown): PlatformError | undefined {
  const { code, data } = (error ?? {}) as { code?: unknown; data?: { error?: unknown } };
  if (code !== 'slack_webapi_platform_error' || typeof data?.error !== 'string') return undefined;
  return data as PlatformError;
}
