import { describe, expect, it } from 'vitest';
import { quizFor } from '../../../src/core/recommend/quiz.js';
import { hasChoices } from '../../../src/core/recommend/recommend-input.js';
import { choices, DEFAULT_GUIDE, NO_QUIZ_GUIDE, QUIZ_GUIDE } from './recommend-fixtures.js';

describe('quizFor', () => {
  it("finds the quiz in the guide's choose section", () => {
    const quiz = quizFor(DEFAULT_GUIDE);
    expect(quiz?.section.id).toBe('choose');
    expect(quiz?.recommender.statements.map((statement) => statement.id)).toContain('system-design');
  });

  it("gives another guide its own quiz, from that guide's content", () => {
    expect(quizFor(QUIZ_GUIDE)?.recommender.roles.map((role) => role.id)).toEqual([
      'security-engineer',
      'network-engineer',
      'other',
    ]);
  });

  it('has no quiz for a guide without recommender data', () => {
    expect(quizFor(NO_QUIZ_GUIDE)).toBeUndefined();
  });
});

describe('hasChoices', () => {
  it('is false when nothing at all was chosen', () => {
    expect(hasChoices(choices())).toBe(false);
  });

  it.each([
    ['a statement', choices({ statements: ['system-design'] })],
    ['a role', choices({ role: 'other' })],
    ['an answer', choices({ answers: { goal: 'unsure' } })],
  ])('is true with only %s', (_, input) => {
    expect(hasChoices(input)).toBe(true);
  });
});
