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
    'just passed the SAA last week 🎉 should i do the DVA next',
    'plan is SAA then DVA. sensible order or am i doing it backwards',
  ])('takes "%s" as a question', (text) => {
    expect(looksLikeQuestion(text)).toBe(true);
  });

  it.each([
    'the deploy failed again',
    'architect review at 3pm',
    'nice work everyone',
    'brb',
    'i think we should move the standup',
    'glad we did it, then we can ship',
  ])('does not take "%s" as a question', (text) => {
    expect(looksLikeQuestion(text)).toBe(false);
  });
});
