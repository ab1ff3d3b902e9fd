import type { BlockButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Answerer } from '../../../core/answer/answerer.js';
import { parseShareValue, type ShareRef, withShareDone } from '../../../core/render/index.js';
import type { SlackMessage } from '../../../core/render/slack-message.js';
import { UnknownSectionError } from '../../errors.js';
import type { ListenerDeps } from '../deps.js';

/**
 * "Share in channel" on an ephemeral answer: posts the answer for everyone, marked "Shared by
 * @user", with the band and confidence the private copy showed; then the private copy's Share
 * button becomes "Shared". Once per private answer: a second click or a replayed one is dropped.
 */
export function createShareAnswer({
  answerer,
  dedup,
  logger,
}: Pick<ListenerDeps, 'answerer' | 'dedup' | 'logger'>): Middleware<
  SlackActionMiddlewareArgs<BlockButtonAction>
> {
  return async ({ ack, action, body, respond }) => {
    await ack();
    const value = action.value ?? '';
    const ref = parseShareValue(value);
    const { guideId, sectionId, confidence, band } = ref ?? {};
    const shared =
      ref &&
      answerer.renderSection(ref.guideId, ref.sectionId, {
        shareable: false,
        sharedBy: body.user.id,
        confidence,
        band,
      });
    if (!ref || !shared) throw new UnknownSectionError(value);
    const answerKey = body.container.message_ts ?? action.action_ts;
    if (!(await dedup.claim(`share:${body.container.channel_id ?? body.channel?.id}:${answerKey}`))) {
      logger.info('dropped a second share of the same answer', { user: body.user.id, guideId, sectionId });
      return;
    }
    await respond({
      response_type: 'in_channel',
      replace_original: false,
      text: shared.text,
      blocks: shared.blocks,
    });
    const original = privateCopy(answerer, ref);
    if (original) await respond({ replace_original: true, ...withShareDone(original) });
  };
}

/**
 * The ephemeral answer the button sat on, which Slack does not send back with the click: asked
 * again when its question still lands on the same section, else rendered from what the button kept.
 */
function privateCopy(answerer: Answerer, ref: ShareRef): SlackMessage | undefined {
  if (ref.question !== undefined) {
    const reply = answerer.ask(ref.question, { mode: 'direct', shareable: true });
    const answer = reply.decision.kind === 'answer' ? reply.decision.answer : undefined;
    if (answer?.guide.id === ref.guideId && answer.section.id === ref.sectionId) return reply.message;
  }
  const { guideId, sectionId, confidence, band } = ref;
  return answerer.renderSection(guideId, sectionId, { shareable: true, confidence, band });
}
