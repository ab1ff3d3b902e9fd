import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { openQuizModal } from '../views/open-quiz-modal.js';
import { pickQuiz } from '../views/pick-quiz.js';

/** `quiz`, or `quiz <guide-id>`: the command text that opens the quiz rather than asking a question. */
const QUIZ_TEXT = /^\s*quiz(?:\s+([a-z0-9-]+))?\s*$/i;

/** What `/certpath <text>` asks of the quiz: undefined when the text is not a quiz request. */
export function quizRequest(text: string): { guideId?: string } | undefined {
  const match = QUIZ_TEXT.exec(text);
  if (!match) return undefined;
  return match[1] === undefined ? {} : { guideId: match[1].toLowerCase() };
}

/**
 * `/certpath quiz [guide-id]`: opens the quiz modal of that guide (or the first with a quiz), with
 * an empty ack; the result comes back ephemerally in this channel. A guide without a quiz says so.
 */
export function createQuizCommand({
  answerer,
}: Pick<ListenerDeps, 'answerer'>): Middleware<SlackCommandMiddlewareArgs> {
  return async ({ command, ack, client }) => {
    const picked = pickQuiz(answerer.guides, quizRequest(command.text)?.guideId);
    if ('refusal' in picked) {
      await ack({ response_type: 'ephemeral', text: picked.refusal });
      return;
    }
    await ack();
    await openQuizModal(client, command.trigger_id, picked.guide, { channelId: command.channel_id });
  };
}
