import type { Middleware, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { parseCommand } from '../../../core/matching/command-text.js';
import { pickQuiz } from '../../../core/recommend/index.js';
import { quizRefusalText } from '../../../core/render/index.js';
import type { ListenerDeps } from '../deps.js';
import { openQuizModal } from '../views/open-quiz-modal.js';

/** What `/certpath <text>` asks of the quiz: undefined when the text is not a quiz request. */
export function quizRequest(text: string): { guideId?: string } | undefined {
  const command = parseCommand(text);
  if (command?.kind !== 'quiz') return undefined;
  return command.guideId === undefined ? {} : { guideId: command.guideId };
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
      await ack({ response_type: 'ephemeral', text: quizRefusalText(picked.refusal) });
      return;
    }
    await ack();
    const place = { channelId: command.channel_id };
    await openQuizModal(client, { triggerId: command.trigger_id }, picked.guide, place);
  };
}
