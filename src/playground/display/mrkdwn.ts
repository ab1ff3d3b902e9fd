import type { ListItem, RichNode, RichText } from './display-types.js';
import { emojiFor } from './emoji.js';
import { decodeEntities, type MarkupContext, parseInline } from './mrkdwn-inline.js';

export type { MarkupContext } from './mrkdwn-inline.js';

const FENCE = /```([\s\S]*?)```/g;
const QUOTE = /^(?:>|&gt;) ?(.*)$/;
const LIST = /^([ \t]*)([•◦▪‣-]|\d{1,3}[.)]) +(.*)$/;

/** Lines of inline mrkdwn, with a line break between each two. */
function inlineLines(lines: readonly string[], ctx: MarkupContext): RichNode[] {
  return lines.flatMap((line, n): RichNode[] => [
    ...(n > 0 ? [{ kind: 'break' } as const] : []),
    ...parseInline(line, ctx),
  ]);
}

function listItem(line: string, ctx: MarkupContext): ListItem {
  const [, space = '', marker = '•', rest = ''] = LIST.exec(line) ?? [];
  return {
    marker: marker === '-' ? '•' : marker,
    indent: Math.min(Math.floor(space.length / 2), 4),
    children: parseInline(rest, ctx),
  };
}

/** Groups lines into quotes, lists and paragraphs, the way Slack lays them out. */
function parseLines(text: string, ctx: MarkupContext): RichNode[] {
  const lines = text.split('\n');
  const out: RichNode[] = [];
  let i = 0;
  const run = (test: (line: string) => boolean): string[] => {
    const start = i;
    while (i < lines.length && test(lines[i]!)) i += 1;
    return lines.slice(start, i);
  };
  while (i < lines.length) {
    const line = lines[i]!;
    if (QUOTE.test(line)) {
      const quoted = run((l) => QUOTE.test(l)).map((l) => QUOTE.exec(l)?.[1] ?? '');
      out.push({ kind: 'quote', children: inlineLines(quoted, ctx) });
    } else if (LIST.test(line)) {
      out.push({ kind: 'list', items: run((l) => LIST.test(l)).map((l) => listItem(l, ctx)) });
    } else {
      const paragraph = run((l) => !QUOTE.test(l) && !LIST.test(l));
      out.push(...inlineLines(paragraph, ctx));
    }
    // A paragraph line right after a quote or list starts on a fresh line anyway; no break needed.
  }
  return out;
}

/** Text inside a code fence keeps its spacing; the newline right after the fence is not part of it. */
function codeBlock(inner: string): RichNode {
  return { kind: 'pre', text: decodeEntities(inner.replace(/^\n/, '').replace(/\n$/, '')) };
}

/**
 * Parses Slack mrkdwn into rich nodes: `*bold*`, `_italic_`, `~strike~`, `` `code` ``, code
 * blocks, `>` quotes, `•`/`1.` lists, `<url|label>` links, `<@U…>` and `<#C…>` mentions,
 * `:emoji:` codes and Slack's HTML entities. Anything else is text, never markup.
 */
export function parseMrkdwn(text: string, ctx: MarkupContext): RichText {
  const out: RichNode[] = [];
  let last = 0;
  for (const match of text.matchAll(FENCE)) {
    const before = text.slice(last, match.index);
    if (before.trim() !== '') out.push(...parseLines(before.replace(/\n$/, ''), ctx));
    out.push(codeBlock(match[1] ?? ''));
    last = match.index + match[0].length;
  }
  const rest = last === 0 ? text : text.slice(last).replace(/^\n/, '');
  if (rest !== '') out.push(...parseLines(rest, ctx));
  return out;
}

/** Plain text (`plain_text` objects): only line breaks and, when `emoji` is on, emoji codes. */
export function parsePlainText(text: string, emoji = true): RichText {
  const out: RichNode[] = [];
  text.split('\n').forEach((line, n) => {
    if (n > 0) out.push({ kind: 'break' });
    let last = 0;
    for (const match of emoji ? line.matchAll(/:([a-z0-9_+'-]+):/gi) : []) {
      const char = emojiFor((match[1] ?? '').toLowerCase());
      if (!char) continue;
      if (match.index > last) out.push({ kind: 'text', text: line.slice(last, match.index) });
      out.push({ kind: 'emoji', name: match[1]!, char });
      last = match.index + match[0].length;
    }
    if (last < line.length) out.push({ kind: 'text', text: line.slice(last) });
  });
  return out;
}

/** Plain text as one string, emoji codes replaced: for headers, labels and button text. */
export function plainString(text: string, emoji = true): string {
  return parsePlainText(text, emoji)
    .map((node) => (node.kind === 'text' ? node.text : node.kind === 'emoji' ? node.char : '\n'))
    .join('');
}
