import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { parseQuizPrivateMetadata, renderError } from '../../../core/render/index.js';
import type { Apology } from '../../listener-guard.js';
import { replyToQuizTaker } from './reply-to-quiz-taker.js';

type SubmissionArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A failed quiz submission: the modal closes, and the apology goes where the result would have. */
export const apologizeToSubmission: Apology<SubmissionArgs> = async ({ ack, body, view, client }, acked) => {
  if (!acked) await ack();
  const place = parseQuizPrivateMetadata(view.private_metadata) ?? {};
  return replyToQuizTaker(client, body.user.id, place, renderError());
};
