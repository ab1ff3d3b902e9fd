import { charLength } from './truncate.js';

/**
 * Splits text into pieces of at most `max` characters, cutting at paragraph breaks first, then
 * at line breaks, then between words; only a single word longer than `max` is cut inside.
 */
export function splitText(text: string, max: number): string[] {
  return splitBy(text, max, ['\n\n', '\n', ' ']);
}

function splitBy(text: string, max: number, separators: readonly string[]): string[] {
  if (charLength(text) <= max) return text.length > 0 ? [text] : [];
  const [separator, ...finer] = separators;
  if (separator === undefined) return hardSplit(text, max);
  const pieces: string[] = [];
  let current = '';
  for (const part of text.split(separator)) {
    const joined = current === '' ? part : `${current}${separator}${part}`;
    if (charLength(joined) <= max) {
      current = joined;
      continue;
    }
    if (current !== '') pieces.push(current);
    if (charLength(part) <= max) current = part;
    else {
      const parts = splitBy(part, max, finer);
      current = parts.pop() ?? '';
      pieces.push(...parts);
    }
  }
  if (current !== '') pieces.push(current);
  return pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
}

function hardSplit(text: string, max: number): string[] {
  const chars = Array.from(text);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += max) pieces.push(chars.slice(i, i + max).join(''));
  return pieces;
}
