import { describe, expect, it } from 'vitest';
import { inverseFrequencies, weighTerms } from '../../../src/core/matching/section-terms.js';
import { stem } from '../../../src/core/matching/tokenize.js';
import { TUNING } from '../../../src/core/matching/tuning.js';

const { fields } = TUNING;

describe('weighTerms', () => {
  it('weighs a word by the most prominent field it appears in', () => {
    const { terms } = weighTerms([
      [fields.title, ['Salary']],
      [fields.body, ['Pay depends on the region']],
    ]);
    expect(terms.get(stem('salary'))).toBe(fields.title);
    expect(terms.get(stem('region'))).toBe(fields.body);
  });

  it('adds a little for each further field that repeats a word, up to the cap', () => {
    const texts = (count: number) =>
      Array.from({ length: count }, (_, i) => [fields.body - i * 0.01, ['coding']] as [number, string[]]);
    const once = weighTerms(texts(1)).terms.get(stem('coding'))!;
    const twice = weighTerms(texts(2)).terms.get(stem('coding'))!;
    const many = weighTerms(texts(8)).terms.get(stem('coding'))!;
    expect(twice - once).toBeCloseTo(fields.repeatBonus);
    expect(many - once).toBeCloseTo(fields.repeatBonus * fields.repeatCap);
  });

  it('keeps two-word phrases only from prominent fields, without stop words', () => {
    const { bigrams } = weighTerms([
      [fields.title, ['Career path']],
      [fields.body, ['salary range']],
    ]);
    expect(bigrams.has(`${stem('career')} ${stem('path')}`)).toBe(true);
    expect(bigrams.has(`${stem('salary')} ${stem('range')}`)).toBe(false);
  });

  it("keeps each phrase in the vocabulary's terms too, as a question's phrases are read", () => {
    const canonical = new Map([[stem('programming'), stem('code')]]);
    const { bigrams, terms } = weighTerms([[fields.questions, ['programming knowledge']]], canonical);
    expect(bigrams.has(`${stem('programming')} ${stem('knowledge')}`)).toBe(true);
    expect(bigrams.has(`${stem('code')} ${stem('knowledge')}`)).toBe(true);
    // The words themselves are weighed as written.
    expect(terms.has(stem('code'))).toBe(false);
  });
});

describe('inverseFrequencies', () => {
  it('makes a word common by title use more than by passing mentions in bodies', () => {
    const titled = new Map([['coding', fields.title]]);
    const mentioned = new Map([['region', fields.body]]);
    const idf = inverseFrequencies([titled, titled, mentioned, mentioned, new Map()], 5);
    expect(idf.get('coding')!).toBeLessThan(idf.get('region')!);
  });
});
