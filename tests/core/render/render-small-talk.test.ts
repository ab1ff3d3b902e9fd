import { describe, expect, it } from 'vitest';
import { SMALL_TALK_WORDS } from '../../../src/core/render/messages.js';
import { renderSmallTalk } from '../../../src/core/render/render-small-talk.js';
import { allText, expectSendable } from './render-fixtures.js';

describe('renderSmallTalk', () => {
  it('greets back and hints at what to ask', () => {
    const message = renderSmallTalk('greeting', '/certpath');
    expect(message.text).toBe(SMALL_TALK_WORDS.greeting);
    expect(allText(message)).toContain(SMALL_TALK_WORDS.greetingHint('/certpath'));
    expect(allText(message)).toContain('`/certpath topics`');
    expectSendable(message);
  });

  it('answers thanks with a welcome and a hint', () => {
    const message = renderSmallTalk('thanks', '/cp');
    expect(message.text).toBe(SMALL_TALK_WORDS.thanks);
    expect(allText(message)).toContain(SMALL_TALK_WORDS.thanksHint('/cp'));
    expectSendable(message);
  });
});
