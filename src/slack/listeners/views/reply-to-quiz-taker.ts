import { type QuizMetadata, renderSentToDm, type SlackMessage } from '../../../core/render/index.js';
import { cannotPostHere, type SlackClient } from '../../slack-client.js';
import type { QuizPlace } from './open-quiz-modal.js';

/** The codes that mean the bot is not in the channel (a private one it is not in is "not found" to it). */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);

/**
 * Sends the quiz taker a message: ephemerally in the channel (and thread) the quiz was started
 * in, or in their DM with the bot when there is no channel. A slash command works in channels the
 * bot is not in, where it cannot post; the message then goes to the DM, and says why it is there.
 */
export async function replyToQuizTaker(
  client: SlackClient,
  userId: string,
  place: QuizPlace | QuizMetadata,
  message: SlackMessage,
): Promise<void> {
  const { text, blocks } = message;
  if (place.channelId) {
    const thread = place.threadTs ? { thread_ts: place.threadTs } : {};
    let refused: string | undefined;
    try {
      await client.chat.postEphemeral({ channel: place.channelId, user: userId, text, blocks, ...thread });
      return;
    } catch (error) {
      refused = cannotPostHere(error);
      if (!refused) throw error;
    }
    const notMember = NOT_A_MEMBER.has(refused);
    const redirected = renderSentToDm(message, place.channelId, notMember);
    await client.chat.postMessage({ channel: userId, text: redirected.text, blocks: redirected.blocks });
    return;
  }
  await client.chat.postMessage({ channel: userId, text, blocks });
}
