import type { Criterion, Guide } from '../guide.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { lowerFirst } from './lower-first.js';
import { ANSWER_WORDS } from './messages.js';

const MAX_LINES = 3;

/**
 * One line per persona cue found in the question, saying which side it points to:
 * ":dart: You mentioned *system administrator* → points to *Architect*". Neutral cues are skipped.
 */
export function personaLines(guide: Guide, criteria: readonly Criterion[]): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const criterion of criteria) {
    const side = guide.sides.find((candidate) => candidate.id === criterion.side);
    if (!side || seen.has(criterion.id)) continue;
    seen.add(criterion.id);
    const label = escapeMrkdwn(side.label);
    lines.push(
      criterion.kind === 'role'
        ? ANSWER_WORDS.mentionedRole(escapeMrkdwn(lowerFirst(criterion.label)), label)
        : ANSWER_WORDS.mentionedStatement(escapeMrkdwn(criterion.label), label),
    );
  }
  return lines.slice(0, MAX_LINES);
}
