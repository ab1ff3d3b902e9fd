import { describe, expect, it } from 'vitest';
import { isBroadcastMention } from '../../../src/core/block-kit/index.js';

describe('isBroadcastMention', () => {
  it.each(['<!channel>', '<!here>', '<!everyone>', 'hi <!here|here> all', '<!channel|@channel>'])(
    'detects %s',
    (text) => {
      expect(isBroadcastMention(text)).toBe(true);
    },
  );

  it.each([
    '@here',
    'here and everyone',
    '<@U0CERTBOT>',
    '<#C0GENERAL|general>',
    '<!subteam^S123>',
    '<!date^1700000000^{date}|x>',
  ])('ignores %s', (text) => {
    expect(isBroadcastMention(text)).toBe(false);
  });
});
