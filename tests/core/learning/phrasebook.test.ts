import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../../src/core/learning/normalize-question.js';
import { createPhrasebook } from '../../../src/core/learning/phrasebook.js';

const salary = { guideId: 'aws', sectionId: 'salary' };
const taught = (question: string, section = salary) => ({
  normalized: normalizeQuestion(question),
  ...section,
});

describe('normalizeQuestion', () => {
  it('groups wordings that differ only in case, punctuation, markup and accents', () => {
    const forms = [
      'Which one PAYS more??',
      'which one pays more',
      '<@U0CERTBOT> which one pays *more*',
      'Whích one pays more',
    ];
    expect(new Set(forms.map(normalizeQuestion))).toEqual(new Set(['which one pays more']));
  });

  it('keeps the grouping key short enough to index, whatever the question', () => {
    expect(normalizeQuestion('word '.repeat(10_000)).length).toBeLessThanOrEqual(200);
  });
});

describe('the phrasebook', () => {
  it('finds a taught question and its close variants', () => {
    const book = createPhrasebook([taught('Which one earns more?')]);
    for (const variant of [
      'which one earns more',
      'Which one earns more money?',
      'which one earsn more',
      'more earns which one',
    ]) {
      expect(book.find(variant), variant).toEqual(salary);
    }
  });

  it('does not take a question about another topic word for a variant', () => {
    const book = createPhrasebook([taught('is the architect exam harder')]);
    expect(book.find('is the developer exam harder')).toBeUndefined();
    expect(book.find('is the architect exam cheaper')).toBeUndefined();
    expect(book.find('hello')).toBeUndefined();
  });

  it('changes its version with each lesson, and not on a reload that changes nothing', () => {
    const book = createPhrasebook();
    book.add(taught('which pays more'));
    const after = book.version;
    book.replaceAll([taught('which pays more')]);
    expect(book.version).toBe(after);
    book.replaceAll([taught('which pays more', { guideId: 'aws', sectionId: 'jobs' })]);
    expect(book.version).toBeGreaterThan(after);
    expect(book.find('which pays more')).toEqual({ guideId: 'aws', sectionId: 'jobs' });
  });
});
