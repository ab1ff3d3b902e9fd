import { describe, expect, it } from 'vitest';
import { isMixed, recommend } from '../../../src/core/recommend/recommend.js';
import { NoQuizError, UnknownChoiceError } from '../../../src/core/recommend/recommend-error.js';
import {
  CODE_MINDED,
  choices,
  DEFAULT_GUIDE,
  DESIGN_MINDED,
  MIXED,
  NO_QUIZ_GUIDE,
  QUIZ_GUIDE,
} from './recommend-fixtures.js';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('recommend', () => {
  it('recommends the Architect to someone who designs systems and administers them', () => {
    const result = recommend(DEFAULT_GUIDE, DESIGN_MINDED);
    expect(result.side?.id).toBe('architect');
    expect(result.mixed).toBe(false);
    expect(result.scores).toEqual({ architect: 7, developer: 0 });
    expect(result.reasons.map((reason) => reason.label)).toEqual([
      'I enjoy system design',
      'I work in infrastructure or DevOps',
      'System administrator',
      'Rarely or never',
    ]);
  });

  it('recommends the Developer to someone who writes backend code every day', () => {
    const result = recommend(DEFAULT_GUIDE, CODE_MINDED);
    expect(result.side?.id).toBe('developer');
    expect(result.mixed).toBe(false);
    expect(result.scores).toEqual({ architect: 0, developer: 10 });
    expect(result.reasons.every((reason) => reason.side === 'developer')).toBe(true);
  });

  it('lists only the choices that pointed to the recommended side, heaviest first', () => {
    const result = recommend(DEFAULT_GUIDE, {
      ...CODE_MINDED,
      statements: ['system-design', 'enjoy-coding'],
    });
    expect(result.side?.id).toBe('developer');
    expect(result.reasons.map((reason) => reason.id)).toEqual([
      'enjoy-coding',
      'backend-engineer',
      'codes-daily=yes',
      'design-or-build=build',
    ]);
    expect(result.reasons[2]).toMatchObject({ kind: 'answer', question: 'Do you write code day to day?' });
  });

  it('calls the answers mixed when both sides score the same, and recommends no side', () => {
    const result = recommend(DEFAULT_GUIDE, MIXED);
    expect(result.mixed).toBe(true);
    expect(result.side).toBeUndefined();
    expect(result.scores).toEqual({ architect: 2, developer: 2 });
    expect(result.reasons.map((reason) => reason.side)).toEqual(['architect', 'developer']);
  });

  it('calls a lead of one point mixed', () => {
    const result = recommend(
      DEFAULT_GUIDE,
      choices({ statements: ['system-design', 'scalable-systems', 'enjoy-coding'] }),
    );
    expect(result.scores).toEqual({ architect: 3, developer: 2 });
    expect(result.mixed).toBe(true);
  });

  it('offers the section about taking both first when the answers are mixed', () => {
    expect(recommend(DEFAULT_GUIDE, MIXED).related).toEqual([
      'both',
      'learning-path',
      'study-tips',
      'difficulty',
    ]);
  });

  it("offers the recommended side's own section and the next steps the guide has", () => {
    expect(recommend(DEFAULT_GUIDE, DESIGN_MINDED).related).toEqual([
      'architect',
      'learning-path',
      'study-tips',
      'difficulty',
    ]);
  });

  it('recommends nothing, and scores nothing, when nothing is chosen', () => {
    const result = recommend(DEFAULT_GUIDE, choices());
    expect(result).toMatchObject({ side: undefined, mixed: false, reasons: [] });
    expect(result.scores).toEqual({ architect: 0, developer: 0 });
  });

  it('recommends nothing when every choice is neutral', () => {
    const result = recommend(DEFAULT_GUIDE, choices({ role: 'other', answers: { goal: 'unsure' } }));
    expect(result).toMatchObject({ side: undefined, mixed: false, reasons: [] });
  });

  it('counts a statement ticked twice once', () => {
    const result = recommend(DEFAULT_GUIDE, choices({ statements: ['system-design', 'system-design'] }));
    expect(result.scores.architect).toBe(2);
    expect(result.reasons).toHaveLength(1);
  });

  it.each([
    ['statement', choices({ statements: ['system-desing'] }), 'system-desing', undefined],
    ['role', choices({ role: 'wizard' }), 'wizard', undefined],
    ['question', choices({ answers: { 'favourite-colour': 'blue' } }), 'favourite-colour', undefined],
    ['option', choices({ answers: { 'codes-daily': 'sometimes' } }), 'sometimes', 'codes-daily'],
  ] as const)('rejects an unknown %s with an error naming it', (kind, input, id, questionId) => {
    const error = thrown(() => recommend(DEFAULT_GUIDE, input));
    expect(error).toBeInstanceOf(UnknownChoiceError);
    expect(error).toMatchObject({ code: 'RECOMMEND_UNKNOWN_CHOICE', kind, id, questionId });
    expect((error as Error).message).toContain(`'${id}'`);
  });

  it('refuses a guide without a quiz', () => {
    const error = thrown(() => recommend(NO_QUIZ_GUIDE, DESIGN_MINDED));
    expect(error).toBeInstanceOf(NoQuizError);
    expect(error).toMatchObject({ code: 'RECOMMEND_NO_QUIZ', guideId: 'analytics-vs-ml' });
  });

  it("runs another guide's quiz from its own content", () => {
    const result = recommend(
      QUIZ_GUIDE,
      choices({ statements: ['iam-policies', 'aws-years'], role: 'security-engineer' }),
    );
    expect(result.side?.id).toBe('security');
    expect(result.scores).toEqual({ security: 4, networking: 0 });
    expect(result.reasons.map((reason) => reason.id)).toEqual(['iam-policies', 'security-engineer']);
    expect(result.related).toEqual(['security', 'learning-path']);
  });
});

describe('isMixed', () => {
  it.each([
    [2, 2, true],
    [3, 2, true],
    [8, 6, true],
    [4, 2, false],
    [6, 4, false],
    [1, 0, false],
    [0, 0, false],
  ])('%i vs %i is mixed: %s', (a, b, mixed) => {
    expect(isMixed(a, b)).toBe(mixed);
    expect(isMixed(b, a)).toBe(mixed);
  });
});
