import type { RichNode } from './display-types.js';
import { emojiFor } from './emoji.js';

/** Who and what `<@U…>` and `<#C…>` name, and who is reading (their mentions stand out). */
export interface MarkupContext {
  meId: string;
  userName(id: string): string | undefined;
  channelName(id: string): string | undefined;
}

const STYLE_OF = { '*': 'bold', _: 'italic', '~': 'strike' } as const;
type StyleMarker = keyof typeof STYLE_OF;
const WORD = /[\p{L}\p{N}]/u;
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
const BARE_URL = /^https?:\/\/[^\s<>]+/;

/** Slack escapes exactly these three in message text. */
export function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function pushText(out: RichNode[], text: string): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/** A marker opens a style at the start of a word and closes one at the end of a word, as in Slack. */
function opensAt(src: string, i: number): boolean {
  const before = src[i - 1];
  const after = src[i + 1];
  return (
    (before === undefined || !WORD.test(before)) &&
    after !== undefined &&
    !/\s/.test(after) &&
    after !== src[i]
  );
}

function closingIndex(src: string, i: number, marker: StyleMarker): number {
  for (let j = i + 2; j < src.length && src[j] !== '\n'; j += 1) {
    const after = src[j + 1];
    if (src[j] === marker && !/\s/.test(src[j - 1] ?? ' ') && (after === undefined || !WORD.test(after)))
      return j;
  }
  return -1;
}

function link(href: string, label: string): RichNode {
  const text = decodeEntities(label || href.replace(/^mailto:/i, ''));
  if (!SAFE_LINK.test(href)) return { kind: 'text', text };
  return { kind: 'link', href: decodeEntities(href), children: [{ kind: 'text', text }] };
}

/** `<@U1>`, `<#C1|general>`, `<!here>`, `<https://x|label>`; undefined for a literal `<`. */
function controlSequence(inner: string, ctx: MarkupContext): RichNode | undefined {
  const bar = inner.indexOf('|');
  const [target, label] = bar < 0 ? [inner, ''] : [inner.slice(0, bar), inner.slice(bar + 1)];
  if (/^@[UW][A-Z0-9]+$/.test(target)) {
    const id = target.slice(1);
    const name = ctx.userName(id) ?? (label || id);
    return { kind: 'mention', label: `@${name}`, target: id === ctx.meId ? 'me' : 'user' };
  }
  if (/^#C[A-Z0-9]+$/.test(target)) {
    const name = ctx.channelName(target.slice(1)) ?? (label || 'unknown-channel');
    return { kind: 'mention', label: `#${name}`, target: 'channel' };
  }
  if (target.startsWith('!')) {
    const word = target.slice(1).split('^')[0] ?? '';
    if (['here', 'channel', 'everyone'].includes(word))
      return { kind: 'mention', label: `@${word}`, target: 'broadcast' };
    return { kind: 'text', text: decodeEntities(label || target) };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return link(target, label);
  return undefined;
}

/** The styled span, code span, control sequence, emoji or bare link that starts at `i`, if any. */
function tokenAt(src: string, i: number, ctx: MarkupContext): { node: RichNode; end: number } | undefined {
  const c = src[i];
  if (c === '<') {
    const end = src.indexOf('>', i + 1);
    const node = end > i + 1 ? controlSequence(src.slice(i + 1, end), ctx) : undefined;
    return node && { node, end: end + 1 };
  }
  if (c === '`') {
    const end = src.indexOf('`', i + 1);
    return end > i + 1
      ? { node: { kind: 'code', text: decodeEntities(src.slice(i + 1, end)) }, end: end + 1 }
      : undefined;
  }
  if ((c === '*' || c === '_' || c === '~') && opensAt(src, i)) {
    const end = closingIndex(src, i, c);
    const children = end > 0 ? parseInline(src.slice(i + 1, end), ctx) : [];
    return end > 0 ? { node: { kind: STYLE_OF[c], children }, end: end + 1 } : undefined;
  }
  if (c === ':') {
    const match = /^:([a-z0-9_+'-]+):/i.exec(src.slice(i, i + 64));
    const char = match?.[1] ? emojiFor(match[1].toLowerCase()) : undefined;
    return match && char
      ? { node: { kind: 'emoji', name: match[1]!, char }, end: i + match[0].length }
      : undefined;
  }
  if (c === 'h' && !WORD.test(src[i - 1] ?? ' ')) {
    const url = BARE_URL.exec(src.slice(i))?.[0].replace(/[.,;:!?)\]'"]+$/, '');
    return url ? { node: link(url, url), end: i + url.length } : undefined;
  }
  return undefined;
}

/** One line (or a styled span) of mrkdwn: styles, code, mentions, links, emoji, entities. */
export function parseInline(src: string, ctx: MarkupContext): RichNode[] {
  const out: RichNode[] = [];
  let plain = '';
  let i = 0;
  while (i < src.length) {
    const token = tokenAt(src, i, ctx);
    if (!token) {
      plain += src[i];
      i += 1;
      continue;
    }
    pushText(out, decodeEntities(plain));
    plain = '';
    if (token.node.kind === 'text') pushText(out, token.node.text);
    else out.push(token.node);
    i = token.end;
  }
  pushText(out, decodeEntities(plain));
  return out;
}
