import { describe, expect, it } from 'vitest';
import { renderError } from '../../../src/core/render/render-error.js';
import { allText, expectSendable } from './render-fixtures.js';

describe('renderError', () => {
  it('apologises in one section, the same words in text and blocks, with no details and no buttons', () => {
    const message = renderError();
    expect(message.blocks.map((block) => block.type)).toEqual(['section']);
    expect(allText(message)).toBe(message.text);
    expect(message.text).toMatch(/^Something went wrong/);
    expect(message.text).not.toMatch(/error:|stack|at \w+ \(/i);
    expectSendable(message);
  });
});
