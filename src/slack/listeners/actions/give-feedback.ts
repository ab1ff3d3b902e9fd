import type { BlockButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Answerer } from '../../../core/answer/answerer.js';
import {
  ACTION_IDS,
  type FeedbackRef,
  parseFeedbackValue,
  renderFeedbackThanks,
} from '../../../core/render/index.js';
import { renderTopicFollowUp } from '../../../core/render/render-topic-follow-up.js';
import type { Block } from '../../../core/render/slack-message.js';
import { withFeedbackThanks } from '../../../core/render/with-feedback-thanks.js';
import { MalformedButtonValueError, UnknownSectionError } from '../../errors.js';
import { rebuildAnswer } from '../../rebuild-answer.js';
import type { ListenerDeps } from '../deps.js';

/**
 * 👍 / 👎 on an answer: one vote per person per message is kept (a second click changes nothing,
 * the other button changes the vote), and the clicker alone is thanked. A private (ephemeral) answer
 * gets the thanks in place of its buttons; a public one stays as everyone sees it, buttons and all,
 * and the thanks comes as a private message. A 👎 also asks, privately and optionally, which topic
 * the person was looking for.
 */
export function createGiveFeedback({
  answerer,
  logger,
  learning,
}: Pick<ListenerDeps, 'answerer' | 'logger' | 'learning'>): Middleware<
  SlackActionMiddlewareArgs<BlockButtonAction>
> {
  return async ({ ack, action, body, respond }) => {
    await ack();
    const ref = parseFeedbackValue(action.value ?? '');
    if (!ref) throw new MalformedButtonValueError(action.action_id, action.value ?? '');
    const helpful = action.action_id === ACTION_IDS.feedbackHelpful;
    const { question, confidence } = ref;
    const section = `${ref.guideId}/${ref.sectionId}`;
    const guide = answerer.guides.find((candidate) => candidate.id === ref.guideId);
    if (!guide || !answerer.section(ref.guideId, ref.sectionId)) throw new UnknownSectionError(section);
    const messageKey = messageKeyOf(body, ref);
    logger.info('feedback', { helpful, question, section, confidence, user: body.user.id });
    learning?.voted({
      teamId: body.team?.id ?? body.user.team_id ?? '',
      userId: body.user.id,
      messageKey,
      question: question ?? '',
      guideId: ref.guideId,
      sectionId: ref.sectionId,
      confidence,
      helpful,
    });
    const thanks = renderFeedbackThanks(helpful);
    const followUp = helpful ? [] : [renderTopicFollowUp(guide, messageKey)];
    if (isPublic(body)) {
      // Everyone else keeps seeing the message as it was: the thanks is the clicker's alone.
      const blocks = [...thanks.blocks, ...followUp] as Block[];
      await respond({ response_type: 'ephemeral', replace_original: false, text: thanks.text, blocks });
      return;
    }
    const original = rebuildOriginal(answerer, body, ref);
    if (!original) throw new UnknownSectionError(section);
    const { text, blocks } = withFeedbackThanks(original, thanks);
    await respond({ replace_original: true, text, blocks });
    if (followUp.length > 0) {
      const blocks = followUp as unknown as Block[];
      await respond({ response_type: 'ephemeral', replace_original: false, text: thanks.text, blocks });
    }
  };
}

type Body = BlockButtonAction;

/** A message in a channel everyone sees; Slack sends no `message` with a click on an ephemeral one. */
function isPublic(body: Body): boolean {
  const container = body.container as { is_ephemeral?: boolean } | undefined;
  return body.message !== undefined && container?.is_ephemeral !== true;
}

/**
 * Which message was rated: its channel and ts. A private answer has a ts too, but is rendered anew
 * for each asker, so the answer itself (section and question) stands in when Slack gives none.
 */
function messageKeyOf(body: Body, ref: FeedbackRef): string {
  const container = body.container as { channel_id?: string; message_ts?: string } | undefined;
  const channel = container?.channel_id ?? body.channel?.id;
  const ts = container?.message_ts ?? body.message?.ts;
  if (channel && ts) return `${channel}:${ts}`;
  return `answer:${ref.guideId}/${ref.sectionId}:${(ref.question ?? '').slice(0, 120)}`;
}

function rebuildOriginal(answerer: Answerer, body: Body, ref: FeedbackRef) {
  return body.message?.blocks
    ? { text: String(body.message.text ?? ''), blocks: body.message.blocks as Block[] }
    : rebuildAnswer(answerer, ref);
}
