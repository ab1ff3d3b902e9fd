import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { recommend } from '../../../core/recommend/index.js';
import {
  parseQuizPrivateMetadata,
  parseQuizSubmission,
  quizValidationErrors,
  renderRecommendation,
} from '../../../core/render/index.js';
import { UnknownQuizError } from '../../errors.js';
import type { ListenerDeps } from '../deps.js';
import { quizGuide } from './pick-quiz.js';
import { replyToQuizTaker } from './reply-to-quiz-taker.js';

/**
 * The quiz modal submitted (`certpath.quiz.submit`): an empty form stays open with an error on the
 * statements; otherwise the modal closes and the recommendation goes, ephemerally, to where the
 * quiz was started (the DM when that was the App Home).
 */
export function createSubmitQuiz({
  answerer,
}: Pick<ListenerDeps, 'answerer'>): Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>> {
  return async ({ ack, body, view, client }) => {
    const metadata = parseQuizPrivateMetadata(view.private_metadata);
    const guide = metadata && quizGuide(answerer.guides, metadata.guideId);
    if (!metadata || !guide) throw new UnknownQuizError(view.private_metadata);
    const input = parseQuizSubmission(guide, view.state.values);
    const errors = quizValidationErrors(input);
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const message = renderRecommendation(guide, recommend(guide, input));
    await replyToQuizTaker(client, body.user.id, metadata, message);
  };
}
