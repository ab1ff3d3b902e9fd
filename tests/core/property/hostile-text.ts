import fc from 'fast-check';
import { validateMessage } from '../../../src/core/block-kit/index.js';
import type { SlackMessage } from '../../../src/core/render/slack-message.js';

/** Slack markup a user can type (as Slack delivers it), aimed at making the bot ping or link. */
export const SLACK_MARKUP = [
  '<!channel>',
  '<!here>',
  '<!here|here>',
  '<!everyone>',
  '<!channel|@channel>',
  '<!subteam^S0EVIL|@admins>',
  '<!date^1392734382^{date_num}|Feb 18>',
  '<@U0EVIL>',
  '<@U0EVIL|evil>',
  '<#C0EVIL|x>',
  '<https://evil.example|click me>',
  '<https://evil.example>',
  '<mailto:evil@evil.example|mail>',
  '&lt;!channel&gt;',
  '&amp;lt;!here&amp;gt;',
] as const;

/** Everything else a hostile or careless question may hold. */
const NASTY = [
  '',
  ' ',
  '\n\n',
  '\t',
  '\r\n',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ud800',
  '\udfff',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇺🇳',
  'é',
  'ﷺ',
  'العربية',
  'עברית',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</div>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template a user might type, as plain text on purpose.
  '${process.env.SLACK_BOT_TOKEN}',
  '{{constructor.constructor("return process")()}}',
  '`whoami`',
  "'; DROP TABLE sections; --",
  '" OR 1=1 --',
  '*bold* _it_ ~strike~ `code` ```block```',
  '> quoted',
  ':smile: :+1::skin-tone-2:',
  '[label](https://evil.example)',
  '__proto__',
  'constructor',
  '%s %d %o',
  '\\u003c!channel\\u003e',
] as const;

/** Words that steer matching toward real answers, so the answer renderer sees hostile text too. */
const TOPICAL = [
  'which exam is harder?',
  'salary',
  'SAA-C03',
  'DVA',
  'architect vs developer',
  'coding',
  '?',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      maxLength: 8,
    }),
  },
  { weight: 3, arbitrary: fc.constantFrom(...SLACK_MARKUP) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.constantFrom(...TOPICAL) },
  { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n') },
);

/** A question of up to a few hundred characters, built from hostile fragments. */
export const hostileQuestion = fc.array(fragment, { maxLength: 24 }).map((parts) => parts.join(''));

/** A question of about 40 kB: a hostile question repeated. */
export const hugeQuestion = fc
  .tuple(fc.array(fragment, { minLength: 1, maxLength: 12 }), fc.integer({ min: 40_000, max: 42_000 }))
  .map(([parts, size]) => {
    const unit = parts.join('') || '<!channel> ';
    return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  });

/** Any `<…>` control sequence the bot did not mean to send: mentions, channel links, user-supplied links. */
const UNSAFE_MARKUP = /<(?:[!@#]|(?:https?|mailto):[^>|]*evil)/;

/**
 * What is wrong with a message the bot would post, if anything: Block Kit problems (limits, and
 * CertPath's rule against broadcast mentions), or user text that Slack would read as markup.
 */
export function messageProblems(message: SlackMessage, allowedMention?: string): string[] {
  const problems = validateMessage(message).map((p) => `${p.path}: ${p.message}`);
  const wire = JSON.stringify(message).replaceAll(allowedMention ?? '\u0000no-mention', '');
  const unsafe = UNSAFE_MARKUP.exec(wire);
  if (unsafe)
    problems.push(`unescaped markup at …${wire.slice(Math.max(0, unsafe.index - 20), unsafe.index + 30)}…`);
  return problems;
}
