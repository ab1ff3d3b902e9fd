import { describe, expect, it } from 'vitest';
import { FEEDBACK_WORDS } from '../../../src/core/render/messages.js';
import { renderFeedbackThanks } from '../../../src/core/render/render-feedback-thanks.js';
import { expectSendable } from './render-fixtures.js';

describe('renderFeedbackThanks', () => {
  it('thanks for a thumbs up', () => {
    const message = renderFeedbackThanks(true);
    expect(message.text).toBe(FEEDBACK_WORDS.helpful);
    expectSendable(message);
  });

  it('thanks differently for a thumbs down', () => {
    const message = renderFeedbackThanks(false);
    expect(message.text).toBe(FEEDBACK_WORDS.notHelpful);
    expect(message.text).not.toBe(FEEDBACK_WORDS.helpful);
    expectSendable(message);
  });
});
