import type { Block } from './slack-message.js';
import { type BlockBudget, blocksTextLength } from './text-budget.js';

/**
 * Keeps whole groups of blocks (one per guide) while they fit the budget; once one does not,
 * it and every later group are summed up by `collapse(skipped)` in a single block instead.
 * One block and `reserveChars` stay free for that summary.
 */
export function fitGroups<T>(
  groups: readonly { item: T; blocks: Block[] }[],
  budget: BlockBudget,
  collapse: (skipped: T[]) => Block,
  reserveChars = 1000,
): Block[] {
  const kept: Block[] = [];
  let chars = 0;
  for (const [index, group] of groups.entries()) {
    const isLast = index === groups.length - 1;
    const blocks = kept.length + group.blocks.length + (isLast ? 0 : 1);
    const groupChars = blocksTextLength(group.blocks);
    if (blocks > budget.blocks || chars + groupChars + (isLast ? 0 : reserveChars) > budget.chars) {
      return [...kept, collapse(groups.slice(index).map((skipped) => skipped.item))];
    }
    kept.push(...group.blocks);
    chars += groupChars;
  }
  return kept;
}
