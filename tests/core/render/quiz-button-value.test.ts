import { describe, expect, it } from 'vitest';
import { parseQuizButtonValue, quizButtonValue } from '../../../src/core/render/quiz-button-value.js';
import { CODE_MINDED } from '../recommend/recommend-fixtures.js';

describe('quizButtonValue', () => {
  it('is the bare guide id when there are no answers to keep, as older buttons carry', () => {
    expect(quizButtonValue({ guideId: 'aws' })).toBe('aws');
    expect(quizButtonValue({ guideId: 'aws', previous: { statements: [], answers: {} } })).toBe('aws');
    expect(parseQuizButtonValue('aws')).toEqual({ guideId: 'aws' });
  });

  it('round-trips the previous answers', () => {
    const value = quizButtonValue({ guideId: 'aws', previous: CODE_MINDED });
    expect(parseQuizButtonValue(value)).toEqual({ guideId: 'aws', previous: CODE_MINDED });
  });

  it("leaves answers out rather than pass Slack's 2,000 characters", () => {
    const statements = Array.from({ length: 200 }, (_, n) => `statement-number-${n}`);
    expect(quizButtonValue({ guideId: 'aws', previous: { statements, answers: {} } })).toBe('aws');
  });

  it('reads a value it cannot use as nothing, and drops fields of the wrong type', () => {
    expect(parseQuizButtonValue('')).toBeUndefined();
    expect(parseQuizButtonValue('{not json')).toBeUndefined();
    expect(parseQuizButtonValue('{"s":[]}')).toBeUndefined();
    expect(parseQuizButtonValue('{"g":"aws","s":[1,"a"],"r":2,"a":{"q":"x","n":3}}')).toEqual({
      guideId: 'aws',
      previous: { statements: ['a'], answers: { q: 'x' } },
    });
  });
});
