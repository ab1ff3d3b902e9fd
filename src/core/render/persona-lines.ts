import type { Criterion, Guide } from '../guide.js';
import { quoteCue } from '../recommend/quote-cue.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { lowerFirst } from './lower-first.js';
import { ANSWER_WORDS } from './messages.js';

const MAX_LINES = 3;

/**
 * One line per persona cue found in the question, saying which side it points to, in the asker's
 * own words: ":dart: You said _java backend dev_ → points to *Developer*", ":dart: You mentioned
 * *sysadmin* → …". A cue found only after a spelling fix is given as the guide words it
 * ("Sounds like _I build backend applications_"). Neutral cues are skipped.
 */
export function personaLines(guide: Guide, criteria: readonly Criterion[], question = ''): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const criterion of criteria) {
    const side = guide.sides.find((candidate) => candidate.id === criterion.side);
    if (!side || seen.has(criterion.id)) continue;
    seen.add(criterion.id);
    const label = escapeMrkdwn(side.label);
    const quote = quoteCue(question, criterion);
    // "java backend dev" is both a statement and a role: said once is enough.
    if (quote && seen.has(`quote:${quote.toLowerCase()}`)) continue;
    if (quote) seen.add(`quote:${quote.toLowerCase()}`);
    if (criterion.kind === 'role')
      lines.push(ANSWER_WORDS.mentionedRole(escapeMrkdwn(quote ?? lowerFirst(criterion.label)), label));
    else if (quote) lines.push(ANSWER_WORDS.mentionedStatement(escapeMrkdwn(quote), label));
    else lines.push(ANSWER_WORDS.soundsLike(escapeMrkdwn(criterion.label), label));
  }
  return lines.slice(0, MAX_LINES);
}
