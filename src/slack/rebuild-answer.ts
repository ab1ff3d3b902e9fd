import type { Answerer } from '../core/answer/answerer.js';
import type { FeedbackRef } from '../core/render/index.js';
import type { SlackMessage } from '../core/render/slack-message.js';

/**
 * The ephemeral answer a feedback button sat on. Slack does not send ephemeral messages back
 * with a click, so the answer is rendered again: from the question it answered, when that still
 * lands on the same section (same confidence, same persona cues), else from the section itself.
 */
export function rebuildAnswer(answerer: Answerer, ref: FeedbackRef): SlackMessage | undefined {
  if (ref.question !== undefined) {
    const reply = answerer.ask(ref.question, { mode: 'direct', shareable: true });
    const answer = reply.decision.kind === 'answer' ? reply.decision.answer : undefined;
    if (answer?.guide.id === ref.guideId && answer.section.id === ref.sectionId) return reply.message;
  }
  return answerer.renderSection(ref.guideId, ref.sectionId, { shareable: true });
}
