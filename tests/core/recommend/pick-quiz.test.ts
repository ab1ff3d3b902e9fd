import { describe, expect, it } from 'vitest';
import { pickQuiz, quizGuide } from '../../../src/core/recommend/pick-quiz.js';
import { DEFAULT_GUIDE, NO_QUIZ_GUIDE, QUIZ_GUIDE } from './recommend-fixtures.js';

describe('pickQuiz', () => {
  it('picks the first guide that has a quiz when no id is given', () => {
    expect(pickQuiz([NO_QUIZ_GUIDE, QUIZ_GUIDE, DEFAULT_GUIDE])).toEqual({ guide: QUIZ_GUIDE });
  });

  it('picks the guide named by id', () => {
    expect(pickQuiz([QUIZ_GUIDE, DEFAULT_GUIDE], DEFAULT_GUIDE.id)).toEqual({ guide: DEFAULT_GUIDE });
  });

  it('refuses a guide without a quiz, an unknown id, and a set with no quiz at all, saying which', () => {
    expect(pickQuiz([NO_QUIZ_GUIDE, DEFAULT_GUIDE], NO_QUIZ_GUIDE.id)).toEqual({
      refusal: { reason: 'no-quiz', guide: NO_QUIZ_GUIDE },
    });
    expect(pickQuiz([NO_QUIZ_GUIDE, DEFAULT_GUIDE], 'nope')).toEqual({
      refusal: { reason: 'unknown-guide', guideId: 'nope', quizGuides: [DEFAULT_GUIDE] },
    });
    expect(pickQuiz([NO_QUIZ_GUIDE])).toEqual({ refusal: { reason: 'no-quizzes' } });
    expect(pickQuiz([NO_QUIZ_GUIDE], 'nope')).toEqual({ refusal: { reason: 'no-quizzes' } });
  });
});

describe('quizGuide', () => {
  it('finds a loaded guide that still has a quiz, and nothing else', () => {
    expect(quizGuide([DEFAULT_GUIDE], DEFAULT_GUIDE.id)).toBe(DEFAULT_GUIDE);
    expect(quizGuide([NO_QUIZ_GUIDE], NO_QUIZ_GUIDE.id)).toBeUndefined();
    expect(quizGuide([DEFAULT_GUIDE], 'gone')).toBeUndefined();
  });
});
