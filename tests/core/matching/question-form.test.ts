import { describe, expect, it } from 'vitest';
import { looksLikeQuestion } from '../../../src/core/matching/question-form.js';

describe('looksLikeQuestion', () => {
  it.each([
    'architect vs developer?',
    'which exam is harder',
    'tbh what is actually different between them',
    'SA or DVA, what sets them apart',
    'tell me about the architect cert',
    'quick question: does the dev cert need coding',
  ])('takes "%s" as a question', (text) => {
    expect(looksLikeQuestion(text)).toBe(true);
  });

  it.each(['the deploy failed again', 'architect review at 3pm', 'nice work everyone', 'brb'])(
    'does not take "%s" as a question',
    (text) => {
      expect(looksLikeQuestion(text)).toBe(false);
    },
  );
});
