import type { BlockButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ACTION_IDS, parseFeedbackValue, renderFeedbackThanks } from '../../../core/render/index.js';
import { withFeedbackThanks } from '../../../core/render/with-feedback-thanks.js';
import { MalformedButtonValueError, UnknownSectionError } from '../../errors.js';
import { rebuildAnswer } from '../../rebuild-answer.js';
import type { ListenerDeps } from '../deps.js';

/** 👍 / 👎 on an answer: logged for the guide's authors, thanked in place of the buttons. */
export function createGiveFeedback({
  answerer,
  logger,
}: Pick<ListenerDeps, 'answerer' | 'logger'>): Middleware<SlackActionMiddlewareArgs<BlockButtonAction>> {
  return async ({ ack, action, body, respond }) => {
    await ack();
    const ref = parseFeedbackValue(action.value ?? '');
    if (!ref) throw new MalformedButtonValueError(action.action_id, action.value ?? '');
    const helpful = action.action_id === ACTION_IDS.feedbackHelpful;
    const { question, confidence } = ref;
    const section = `${ref.guideId}/${ref.sectionId}`;
    logger.info('feedback', { helpful, question, section, confidence, user: body.user.id });
    const original = body.message?.blocks
      ? { text: String(body.message.text ?? ''), blocks: body.message.blocks }
      : rebuildAnswer(answerer, ref);
    if (!original) throw new UnknownSectionError(section);
    const { text, blocks } = withFeedbackThanks(original, renderFeedbackThanks(helpful));
    await respond({ replace_original: true, text, blocks });
  };
}
