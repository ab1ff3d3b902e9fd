import { escapeMrkdwn } from './escape-mrkdwn.js';

/**
 * Converts a section's Markdown body to Slack mrkdwn. Authors hard-wrap their paragraphs, and
 * Slack shows every newline, so lines of a paragraph (or of a list item) are joined again.
 */
export function markdownToMrkdwn(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map(convertParagraph)
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

const LIST_ITEM = /^(\s*)[-*+]\s+(.*)$/;
const NUMBERED_ITEM = /^\s*\d+[.)]\s+/;
const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;

function convertParagraph(paragraph: string): string {
  const lines: string[] = [];
  let open = false;
  for (const raw of paragraph.split('\n')) {
    if (raw.trim() === '' || RULE.test(raw)) continue;
    const line = convertLine(raw);
    if (line === undefined && open) lines[lines.length - 1] += ` ${raw.trim()}`;
    else lines.push(line ?? raw.trim());
    // A heading is one line; the text after it starts afresh.
    open = !HEADING.test(raw);
  }
  return lines.map(inlineMrkdwn).join('\n');
}

/** A line that starts a new display line (heading, list item), rewritten; undefined for a continuation. */
function convertLine(raw: string): string | undefined {
  const heading = HEADING.exec(raw);
  if (heading) return `**${heading[1]}**`;
  const item = LIST_ITEM.exec(raw);
  if (item) return `${'  '.repeat(Math.floor((item[1]?.length ?? 0) / 2))}• ${item[2]}`;
  if (NUMBERED_ITEM.test(raw)) return raw.trim();
  return undefined;
}

const BOLD = '\u0001';

/**
 * Escapes one line of author text and rewrites its inline Markdown: `**b**` → `*b*`,
 * `*i*` → `_i_`, `[label](https://…)` → `<https://…|label>`. Code spans and `_i_` pass through.
 */
export function inlineMrkdwn(text: string): string {
  return escapeMrkdwn(text)
    .replace(/\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s)|]+)\)/g, (_, label: string, url: string) =>
      label === url ? `<${url}>` : `<${url}|${label}>`,
    )
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, `${BOLD}$2${BOLD}`)
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)/g, '$1_$2_')
    .replaceAll(BOLD, '*');
}
