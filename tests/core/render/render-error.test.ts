import { describe, expect, it } from 'vitest';
import { ERROR_WORDS } from '../../../src/core/render/messages.js';
import { renderError } from '../../../src/core/render/render-error.js';
import { allText, expectSendable } from './render-fixtures.js';

describe('renderError', () => {
  it('apologises without details, in text and blocks', () => {
    const message = renderError();
    expect(message.text).toBe(ERROR_WORDS.generic);
    expect(message.text).toMatch(/^Something went wrong/);
    expect(allText(message)).toBe(ERROR_WORDS.generic);
    expectSendable(message);
  });
});
