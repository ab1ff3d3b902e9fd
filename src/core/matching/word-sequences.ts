/** Whether `needle` runs in `haystack` from `start` on, over words not yet consumed. */
export function startsAt(
  haystack: readonly string[],
  needle: readonly string[],
  start: number,
  consumed?: readonly boolean[],
): boolean {
  if (needle.length === 0 || start + needle.length > haystack.length) return false;
  for (let k = 0; k < needle.length; k++)
    if (haystack[start + k] !== needle[k] || consumed?.[start + k]) return false;
  return true;
}

/** Where `needle` starts in `haystack` as a contiguous run of not-yet-consumed words, or -1. */
export function indexOf(
  haystack: readonly string[],
  needle: readonly string[],
  consumed?: readonly boolean[],
): number {
  for (let start = 0; start + needle.length <= haystack.length; start++)
    if (startsAt(haystack, needle, start, consumed)) return start;
  return -1;
}

/** Stands between two sentences in a list of words: no phrase runs across it. */
export const SENTENCE_BREAK = '\n';

/**
 * Whether `needle` occurs in `haystack` in order, each word at most `gap` words after the previous, and
 * not across a SENTENCE_BREAK.
 */
export function occursNear(haystack: readonly string[], needle: readonly string[], gap: number): boolean {
  return haystack.some((word, start) => {
    if (word !== needle[0]) return false;
    let at = start;
    for (const next of needle.slice(1)) {
      const window = haystack.slice(at + 1, at + 2 + gap);
      const end = window.indexOf(SENTENCE_BREAK);
      const found = (end < 0 ? window : window.slice(0, end)).indexOf(next);
      if (found < 0) return false;
      at += found + 1;
    }
    return true;
  });
}

const ROLE_BEFORE = new Set(['for', 'as', 'an', 'am', 'im']);
const ROLE_AFTER = new Set(['here', 'speaking']);

/**
 * A role phrase introduced as someone's role: "for/as (a) <role>", "<role> here", or the message opening with
 * it ("sysadmin, which cert?", "backend dev which one"), unless a side's name goes on from it: a job title
 * ("devops architect: which cert lines up?"). `side` marks the words that name a side.
 */
export function isIntroduced(
  stemmed: readonly string[],
  phrase: readonly string[],
  side: readonly boolean[],
): boolean {
  const at = indexOf(stemmed, phrase);
  if (at < 0) return false;
  const before = stemmed.slice(Math.max(0, at - 2), at);
  const after = at + phrase.length;
  return (
    (at === 0 && !side[after]) ||
    before.some((word) => ROLE_BEFORE.has(word)) ||
    ROLE_AFTER.has(stemmed[after] ?? '')
  );
}
