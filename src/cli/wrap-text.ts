/**
 * Word wrapping by display width: what a terminal column holds, not UTF-16 length. Emoji take
 * two columns; joiners, variation selectors and CertPath's bold sentinels take none.
 */

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const WIDE = /\p{Extended_Pictographic}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u;

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC; they take no columns.
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;

/** Columns `text` takes in a terminal (ANSI styling, e.g. a bold row label, takes none). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text.replace(ANSI_ESCAPE, ''))) {
    if (isZeroWidth(segment)) continue;
    width += WIDE.test(segment) && !/^[\u25a0-\u25ff]/.test(segment) ? 2 : 1;
  }
  return width;
}

/** Bold sentinels, zero-width spaces and joiners, variation selectors and lone combining marks. */
function isZeroWidth(segment: string): boolean {
  const code = segment.codePointAt(0) ?? 0;
  if (code === 1 || code === 2) return true;
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f)) return true;
  return /^\p{Mn}/u.test(segment);
}

/** `text` padded with spaces to `width` columns. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Wraps each line of `text` to `width` columns between words. A bullet line ("• …") continues
 * under its text, not under the bullet; a word wider than the column is cut.
 */
export function wrapText(text: string, width: number): string[] {
  return text.split('\n').flatMap((line) => wrapLine(line, Math.max(4, width)));
}

function wrapLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const hang = ' '.repeat(/^\s*(?:• )?/.exec(line)?.[0].length ?? 0);
  const lines: string[] = [];
  let prefix = /^\s*/.exec(line)?.[0] ?? '';
  let current = '';
  for (const word of line.trim().split(/\s+/)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (displayWidth(prefix + candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current !== '') {
      lines.push(prefix + current);
      prefix = hang;
    }
    const pieces = cutWord(word, Math.max(1, width - displayWidth(prefix)));
    current = pieces.pop() ?? '';
    for (const piece of pieces) {
      lines.push(prefix + piece);
      prefix = hang;
    }
  }
  if (current !== '') lines.push(prefix + current);
  return lines;
}

function cutWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(word)) {
    if (current !== '' && displayWidth(current + segment) > width) {
      pieces.push(current);
      current = '';
    }
    current += segment;
  }
  return [...pieces, current];
}
