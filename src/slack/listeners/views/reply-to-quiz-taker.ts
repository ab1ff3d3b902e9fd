import type { QuizMetadata, SlackMessage } from '../../../core/render/index.js';
import type { SlackClient } from '../../thread-reply.js';
import type { QuizPlace } from './open-quiz-modal.js';

/** Web API errors that mean the bot cannot post in that channel, though the user could type there. */
const UNREACHABLE = new Set(['not_in_channel', 'channel_not_found', 'user_not_in_channel']);

/**
 * Sends the quiz taker a message: ephemerally in the channel (and thread) the quiz was started
 * in, or in their DM with the bot when it was started from the App Home. A slash command works in
 * channels the bot is not in, where it cannot post; the message then goes to the DM too.
 */
export async function replyToQuizTaker(
  client: SlackClient,
  userId: string,
  place: QuizPlace | QuizMetadata,
  { text, blocks }: SlackMessage,
): Promise<void> {
  if (place.channelId) {
    const thread = place.threadTs ? { thread_ts: place.threadTs } : {};
    try {
      await client.chat.postEphemeral({ channel: place.channelId, user: userId, text, blocks, ...thread });
      return;
    } catch (error) {
      if (!UNREACHABLE.has(platformError(error) ?? '')) throw error;
    }
  }
  await client.chat.postMessage({ channel: userId, text, blocks });
}

/** The `error` of a Web API call that Slack refused (`ok: false`). */
function platformError(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
