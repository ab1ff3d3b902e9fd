import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import { ACTION_IDS } from './action-ids.js';
import { context, mrkdwn } from './block-builders.js';
import { ANSWER_WORDS } from './messages.js';
import type { Block, SlackMessage } from './slack-message.js';

const isShareButton = (element: unknown) =>
  (element as { action_id?: unknown } | null)?.action_id === ACTION_IDS.share;

/**
 * The private answer as it should look once shared: the Share button taken out (so it cannot be
 * shared twice) and "Shared in the channel" where it was. An answer already at Slack's block limit
 * gets the line added to its source line instead of a block of its own.
 */
export function withShareDone(original: SlackMessage): SlackMessage {
  const blocks: Block[] = [];
  let at = -1;
  for (const block of original.blocks) {
    if (block.type !== 'actions' || !block.elements.some(isShareButton)) {
      blocks.push(block);
      continue;
    }
    const others = block.elements.filter((element) => !isShareButton(element));
    if (others.length > 0) blocks.push({ ...block, elements: others });
    at = blocks.length;
  }
  if (at < 0) return original;
  if (blocks.length < L.messageBlocks) blocks.splice(at, 0, context(ANSWER_WORDS.shared));
  else {
    const source = blocks.findLastIndex((block) => block.type === 'context');
    const line = blocks[source];
    if (line?.type === 'context')
      blocks[source] = { ...line, elements: [...line.elements, mrkdwn(ANSWER_WORDS.shared)] };
  }
  return { text: original.text, blocks };
}
