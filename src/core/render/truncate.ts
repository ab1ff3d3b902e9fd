const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Length as Slack counts it: in characters (code points), not UTF-16 units. */
export function charLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * Shortens `text` to at most `max` characters, ending with "…" when it had to cut. Cuts only
 * between graphemes, so an emoji (a surrogate pair, or a ZWJ family) is never split in half.
 */
export function truncate(text: string, max: number): string {
  if (charLength(text) <= max) return text;
  if (max <= 0) return '';
  const budget = max - charLength(ELLIPSIS);
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = charLength(segment);
    if (used + size > budget) break;
    kept += segment;
    used += size;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}
