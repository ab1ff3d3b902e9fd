import { describe, expect, it } from 'vitest';
import type { RichNode } from '../../../src/playground/display/display-types.js';
import { WORKSPACE_MARKUP } from '../../../src/playground/display/display-workspace.js';
import { parseMrkdwn, parsePlainText, plainString } from '../../../src/playground/display/mrkdwn.js';

const parse = (text: string) => parseMrkdwn(text, WORKSPACE_MARKUP);
const text = (t: string): RichNode => ({ kind: 'text', text: t });

describe('parseMrkdwn', () => {
  it('reads bold, italic, strike and inline code', () => {
    expect(parse('*Architect* or _Developer_, ~never~ `npm start`')).toEqual([
      { kind: 'bold', children: [text('Architect')] },
      text(' or '),
      { kind: 'italic', children: [text('Developer')] },
      text(', '),
      { kind: 'strike', children: [text('never')] },
      text(' '),
      { kind: 'code', text: 'npm start' },
    ]);
  });

  it('nests styles inside styles', () => {
    expect(parse('*very _much_ so*')).toEqual([
      { kind: 'bold', children: [text('very '), { kind: 'italic', children: [text('much')] }, text(' so')] },
    ]);
  });

  it('leaves markers inside words and unclosed markers as they are', () => {
    expect(parse('snake_case_name and 2*3*4 and *open')).toEqual([
      text('snake_case_name and 2*3*4 and *open'),
    ]);
  });

  it('keeps code literal: no styles, no links inside it', () => {
    expect(parse('`*not bold* <https://x.dev|x>`')).toEqual([
      { kind: 'code', text: '*not bold* <https://x.dev|x>' },
    ]);
  });

  it('reads a code block, keeping its spacing', () => {
    expect(parse('Run:\n```\nnpm  start\n  --port 3000\n```\ndone')).toEqual([
      text('Run:'),
      { kind: 'pre', text: 'npm  start\n  --port 3000' },
      text('done'),
    ]);
  });

  it('groups quoted lines into one quote, escaped or not', () => {
    expect(parse('> first\n&gt; second\nafter')).toEqual([
      { kind: 'quote', children: [text('first'), { kind: 'break' }, text('second')] },
      text('after'),
    ]);
  });

  it('reads bullet and numbered lists, with their markers', () => {
    expect(parse('Struggles:\n• Debugging\n- SDKs\n1. First')).toEqual([
      text('Struggles:'),
      {
        kind: 'list',
        items: [
          { marker: '•', indent: 0, children: [text('Debugging')] },
          { marker: '•', indent: 0, children: [text('SDKs')] },
          { marker: '1.', indent: 0, children: [text('First')] },
        ],
      },
    ]);
  });

  it('links <url|label>, bare URLs and mailto, but never other schemes', () => {
    expect(parse('<https://aws.amazon.com|AWS> see https://x.dev. <javascript:alert(1)|click>')).toEqual([
      { kind: 'link', href: 'https://aws.amazon.com', children: [text('AWS')] },
      text(' see '),
      { kind: 'link', href: 'https://x.dev', children: [text('https://x.dev')] },
      text('. click'),
    ]);
  });

  it('names mentions, and marks the reader’s own and broadcast ones', () => {
    expect(parse('<@U0CERTBOT> <@U0HUMAN> <#C0GENERAL> <!here> <@U0UNKNOWN|someone>')).toEqual([
      { kind: 'mention', label: '@certpath', target: 'user' },
      text(' '),
      { kind: 'mention', label: '@you', target: 'me' },
      text(' '),
      { kind: 'mention', label: '#general', target: 'channel' },
      text(' '),
      { kind: 'mention', label: '@here', target: 'broadcast' },
      text(' '),
      { kind: 'mention', label: '@someone', target: 'user' },
    ]);
  });

  it('turns known emoji codes into emoji and leaves unknown ones as typed', () => {
    expect(parse(':building_construction: *Architect* :not_an_emoji:')).toEqual([
      { kind: 'emoji', name: 'building_construction', char: '🏗️' },
      text(' '),
      { kind: 'bold', children: [text('Architect')] },
      text(' :not_an_emoji:'),
    ]);
  });

  it('decodes Slack’s entities and never treats them as markup', () => {
    expect(parse('a &lt;b&gt; &amp; &lt;script&gt;')).toEqual([text('a <b> & <script>')]);
  });

  it('keeps a literal < that starts nothing', () => {
    expect(parse('1 < 2 and <3')).toEqual([text('1 < 2 and <3')]);
  });

  it('breaks lines where the text does', () => {
    expect(parse('*Title*\nbody')).toEqual([
      { kind: 'bold', children: [text('Title')] },
      { kind: 'break' },
      text('body'),
    ]);
  });
});

describe('parsePlainText', () => {
  it('replaces emoji codes unless emoji is off, and nothing else', () => {
    expect(parsePlainText(':wave: *hi*')).toEqual([
      { kind: 'emoji', name: 'wave', char: '👋' },
      text(' *hi*'),
    ]);
    expect(parsePlainText(':wave:', false)).toEqual([text(':wave:')]);
  });

  it('flattens to a string for labels', () => {
    expect(plainString('👍 Helpful :thumbsup:')).toBe('👍 Helpful 👍');
  });
});
