import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { parseQuizPrivateMetadata, renderError, renderInModal } from '../../../core/render/index.js';
import type { Apology } from '../../listener-guard.js';
import { replyToQuizTaker } from './reply-to-quiz-taker.js';

type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * A failed quiz submission: the apology goes where the result would have. From the App Home that
 * is the modal itself, while the submission is still unanswered; otherwise the modal closes and the
 * apology goes to the channel (or the DM).
 */
export const apologizeToSubmission: Apology<SubmissionArgs> = async ({ ack, body, view, client }, acked) => {
  const place = parseQuizPrivateMetadata(view.private_metadata);
  if (!acked && place?.home) {
    await ack({ response_action: 'update', view: renderInModal(renderError()) });
    return;
  }
  if (!acked) await ack();
  return replyToQuizTaker(client, body.user.id, place ?? {}, renderError());
};
