/**
 * Every match of a global pattern in `text`, as `[...text.matchAll(pattern)]` gives them, without the copy of the
 * pattern that `matchAll` makes on every call: for the long patterns a question is read with (some run to
 * thousands of characters) that copy had cost more than the search itself (session 59: a fifth of a question's
 * reading). The pattern's `lastIndex` is 0 before and after, whatever happens in between.
 */
export function eachMatch(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`eachMatch needs a global pattern, not ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      found.push(match);
      // An empty match moves on by one character, as matchAll does (a whole code point under the `u` flag).
      if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return found;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode) return at + 1;
  const code = text.codePointAt(at);
  return at + (code !== undefined && code > 0xffff ? 2 : 1);
}
