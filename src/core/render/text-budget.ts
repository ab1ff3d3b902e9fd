import type { Block, TextObject } from './slack-message.js';
import { charLength } from './truncate.js';

/**
 * Characters of text in a block, counted as Slack counts them for its undocumented
 * `msg_blocks_too_long` limit (12,000 across a message): every text object, labels included.
 */
export function blockTextLength(block: Block): number {
  switch (block.type) {
    case 'header':
      return textLength(block.text);
    case 'section':
      return (
        textLength(block.text) +
        (block.fields ?? []).reduce((sum, field) => sum + textLength(field), 0) +
        textLength(block.accessory?.text)
      );
    case 'context':
      return block.elements.reduce((sum, element) => sum + textLength(element), 0);
    case 'actions':
      return block.elements.reduce((sum, element) => sum + textLength(element.text), 0);
    case 'divider':
      return 0;
  }
}

/** Characters of text across blocks. */
export function blocksTextLength(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + blockTextLength(block), 0);
}

function textLength(text: TextObject | undefined): number {
  return text ? charLength(text.text) : 0;
}

/** What is left of a message's limits once the blocks that must be there are counted. */
export interface BlockBudget {
  blocks: number;
  chars: number;
}

/** The leading blocks of `blocks` that fit the budget; the first that does not fit ends the list. */
export function fitBlocks<T extends Block>(blocks: readonly T[], budget: BlockBudget): T[] {
  const kept: T[] = [];
  let chars = 0;
  for (const block of blocks) {
    chars += blockTextLength(block);
    if (kept.length + 1 > budget.blocks || chars > budget.chars) break;
    kept.push(block);
  }
  return kept;
}
