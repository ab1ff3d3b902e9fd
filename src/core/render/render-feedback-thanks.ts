import { context } from './block-builders.js';
import { FEEDBACK_WORDS } from './messages.js';
import type { SlackMessage } from './slack-message.js';

/** The reply to a 👍 or 👎 on an answer. */
export function renderFeedbackThanks(helpful: boolean): SlackMessage {
  const text = helpful ? FEEDBACK_WORDS.helpful : FEEDBACK_WORDS.notHelpful;
  return { text, blocks: [context(text)] };
}
