import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import type { Criterion, Guide } from '../guide.js';
import { chunk } from './chunk.js';

/**
 * The quiz statements as checkbox groups of at most ten (Slack's cap), as even in size as can
 * be (11 → 6 + 5). Statements are dealt out side by side, neutral ones last, because authors list
 * them side by side: in file order one group would read as "the Architect list" and give the
 * answer away. The modal and parseQuizSubmission both use this, so group n is block n.
 */
export function statementGroups(guide: Guide, statements: readonly Criterion[]): Criterion[][] {
  const sideIds = guide.sides.map((side) => side.id);
  const piles = [
    ...sideIds.map((id) => statements.filter((statement) => statement.side === id)),
    statements.filter((statement) => statement.side === undefined || !sideIds.includes(statement.side)),
  ];
  const dealt = deal(piles);
  if (dealt.length === 0) return [];
  const groups = Math.ceil(dealt.length / L.checkboxesOptions);
  return chunk(dealt, Math.ceil(dealt.length / groups));
}

/** One from each pile in turn until all are empty. */
function deal<T>(piles: readonly (readonly T[])[]): T[] {
  const dealt: T[] = [];
  const rounds = Math.max(0, ...piles.map((pile) => pile.length));
  for (let i = 0; i < rounds; i += 1) for (const pile of piles) if (i < pile.length) dealt.push(pile[i]!);
  return dealt;
}
