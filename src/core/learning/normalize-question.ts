import { words } from '../matching/tokenize.js';

/** Long enough for any real question; keeps the grouping key indexable on every backend. */
export const NORMALIZED_MAX = 200;

/**
 * The grouping form of a question: Slack markup stripped, accents folded, lower case, punctuation
 * and one-letter words dropped. "Which one PAYS more??" and "which one pays more" group together.
 */
export function normalizeQuestion(question: string): string {
  let normalized = '';
  for (const word of words(question)) {
    const next = normalized === '' ? word : `${normalized} ${word}`;
    if (next.length > NORMALIZED_MAX) break;
    normalized = next;
  }
  return normalized;
}
