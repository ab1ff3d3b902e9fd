/**
 * Slack mrkdwn made readable in a terminal: links become "label (url)", entities are decoded,
 * and `*bold*` spans are marked with sentinels that `styleLines` turns into ANSI bold or nothing.
 */

/** Marks the start and end of a bold span until lines are styled; zero width when wrapping. */
export const BOLD_START = '\u0001';
export const BOLD_END = '\u0002';

const EMOJI: Record<string, string> = {
  ':building_construction:': '🏗️',
  ':computer:': '💻',
  ':dart:': '🎯',
  ':wave:': '👋',
  ':blush:': '😊',
  ':raised_hands:': '🙌',
  ':pray:': '🙏',
  ':pushpin:': '📌',
  ':scales:': '⚖️',
  ':thinking_face:': '🤔',
};

/** Slack mrkdwn → plain text with bold sentinels. */
export function mrkdwnToTerminal(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_, inner: string) => slackReference(inner))
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)/g, `$1${BOLD_START}$2${BOLD_END}`)
    .replace(/(^|[^\w])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])~(?=\S)([^~\n]+?)(?<=\S)~(?!\w)/g, '$1$2')
    .replace(/:[a-z0-9_+-]+:/g, (code) => EMOJI[code] ?? code)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function slackReference(inner: string): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('@')) return `@${label ?? target.slice(1)}`;
  if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
  if (target.startsWith('!')) return `@${label ?? target.slice(1)}`;
  return label && label !== target ? `${label} (${target})` : target;
}

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', reset: '\u001b[22m' };

/**
 * Replaces bold sentinels line by line: with `color`, ANSI bold that is closed at each line end
 * and reopened on the next, so wrapped spans stay bold; without, nothing. `dim` greys whole lines
 * (bold inside dim text is dropped: one ANSI reset ends both).
 */
export function styleLines(
  lines: readonly string[],
  { color, dim = false }: { color: boolean; dim?: boolean },
): string[] {
  let bold = false;
  return lines.map((line) => {
    if (!color || dim) {
      const plain = stripSentinels(line);
      return color && plain ? `${ANSI.dim}${plain}${ANSI.reset}` : plain;
    }
    let out = bold ? ANSI.bold : '';
    for (const char of line) {
      if (char === BOLD_START || char === BOLD_END) {
        bold = char === BOLD_START;
        out += bold ? ANSI.bold : ANSI.reset;
      } else out += char;
    }
    return bold ? `${out}${ANSI.reset}` : out;
  });
}

/** Text without bold sentinels. */
export function stripSentinels(text: string): string {
  return text.replaceAll(BOLD_START, '').replaceAll(BOLD_END, '');
}

/** Bold for a whole string (headers), when colour is on. */
export function boldLine(text: string, color: boolean): string {
  return color ? `${ANSI.bold}${text}${ANSI.reset}` : text;
}
