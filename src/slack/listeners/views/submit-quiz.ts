import type { Middleware, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { quizGuide, recommend } from '../../../core/recommend/index.js';
import {
  parseQuizPrivateMetadata,
  parseQuizSubmission,
  quizValidationErrors,
  RECOMMENDATION_WORDS,
  renderInModal,
  renderRecommendation,
} from '../../../core/render/index.js';
import { UnknownQuizError } from '../../errors.js';
import type { ListenerDeps } from '../deps.js';
import { replyToQuizTaker } from './reply-to-quiz-taker.js';

/**
 * The quiz modal submitted (`certpath.quiz.submit`): a form that gives nothing to go on stays open
 * with an error on the field; otherwise the result shows where the quiz was started: in the modal
 * itself when that was the App Home, else ephemerally in the channel (or the DM, saying why).
 */
export function createSubmitQuiz({
  answerer,
}: Pick<ListenerDeps, 'answerer'>): Middleware<SlackViewMiddlewareArgs<ViewSubmitAction>> {
  return async ({ ack, body, view, client }) => {
    const metadata = parseQuizPrivateMetadata(view.private_metadata);
    const guide = metadata && quizGuide(answerer.guides, metadata.guideId);
    if (!metadata || !guide) throw new UnknownQuizError(view.private_metadata);
    const input = parseQuizSubmission(guide, view.state.values);
    const errors = quizValidationErrors(guide, input);
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    const message = renderRecommendation(guide, recommend(guide, input), input);
    if (metadata.home) {
      await ack({ response_action: 'update', view: renderInModal(message, RECOMMENDATION_WORDS.modalTitle) });
      return;
    }
    await ack();
    await replyToQuizTaker(client, body.user.id, metadata, message);
  };
}
