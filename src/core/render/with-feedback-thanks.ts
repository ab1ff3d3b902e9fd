import { ACTION_IDS } from './action-ids.js';
import type { Block, SlackMessage } from './slack-message.js';

const FEEDBACK_ACTIONS: ReadonlySet<string> = new Set([
  ACTION_IDS.feedbackHelpful,
  ACTION_IDS.feedbackNotHelpful,
]);

function isFeedbackButton(element: unknown): boolean {
  const actionId = (element as { action_id?: unknown } | null)?.action_id;
  return typeof actionId === 'string' && FEEDBACK_ACTIONS.has(actionId);
}

/**
 * The rated message as it should look after a 👍 or 👎: the same blocks, with the feedback
 * buttons taken out (other buttons, such as Share, stay) and the thank-you line where they were.
 */
export function withFeedbackThanks(
  original: { text: string; blocks: readonly Block[] },
  thanks: SlackMessage,
): SlackMessage {
  const blocks: Block[] = [];
  let thanked = false;
  for (const block of original.blocks) {
    if (block.type !== 'actions' || !block.elements.some(isFeedbackButton)) {
      blocks.push(block);
      continue;
    }
    const others = block.elements.filter((element) => !isFeedbackButton(element));
    if (others.length > 0) blocks.push({ ...block, elements: others });
    blocks.push(...thanks.blocks);
    thanked = true;
  }
  if (!thanked) blocks.push(...thanks.blocks);
  return { text: original.text, blocks };
}
