import { describe, expect, it } from 'vitest';
import { predict, train } from '../../../../src/core/matching/classifier/softmax-model.js';
import { featureKeys, type Synonyms } from '../../../../src/core/matching/classifier/text-features.js';
import { stem, words } from '../../../../src/core/matching/tokenize.js';

const keys = (text: string) => featureKeys(words(text));
const texts: [number, string][] = [
  [0, 'salary and pay'],
  [0, 'which one earns more money'],
  [0, 'compensation comparison'],
  [1, 'how much programming is needed'],
  [1, 'do I need to write code'],
  [1, 'coding requirements'],
];
const model = train(
  ['salary', 'coding'],
  texts.map(([label, text]) => ({ label, keys: keys(text) })),
);

describe('featureKeys', () => {
  it('reads topic words as stems and every word as boundary-marked character n-grams', () => {
    const features = keys('the salaries');
    expect(features).toContain('w:salari');
    expect(features).toContain('c:<sa');
    expect(features).toContain('c:ies>');
    expect(features.some((key) => key.includes('the'))).toBe(false);
  });

  it("adds the canonical term of each vocabulary phrase it finds, so a synonym reads as the guide's word", () => {
    const synonyms: Synonyms = new Map([
      ['take', [{ stems: ['take', 'home'], term: stem('salary') }]],
      ['salari', [{ stems: ['salari'], term: stem('salary') }]],
    ]);
    expect(featureKeys(words('what do they take home'), synonyms)).toContain('v:salari');
    expect(featureKeys(words('the salary'), synonyms)).toContain('v:salari');
    expect(featureKeys(words('take the bus home'), synonyms)).not.toContain('v:salari');
    expect(featureKeys(words('what do they take home'))).not.toContain('v:salari');
  });
});

describe('softmax regression', () => {
  it('gives a probability per class that sums to 1', () => {
    const p = predict(model, keys('is the pay better'));
    expect(p.length).toBe(2);
    expect(p[0]! + p[1]!).toBeCloseTo(1);
  });

  it('learns which class a new wording belongs to, typos included', () => {
    expect(predict(model, keys('who gets paid more'))[0]).toBeGreaterThan(0.5);
    expect(predict(model, keys('how much programing'))[1]).toBeGreaterThan(0.5);
  });

  it('trains the same model from the same texts', () => {
    const again = train(
      ['salary', 'coding'],
      texts.map(([label, text]) => ({ label, keys: keys(text) })),
    );
    expect([...again.weights]).toEqual([...model.weights]);
  });

  it('places a wording no training text uses through the vocabulary the guide lists for it', () => {
    const synonyms: Synonyms = new Map([
      ['salari', [{ stems: ['salari'], term: 'salari' }]],
      ['wage', [{ stems: ['wage'], term: 'salari' }]],
      ['code', [{ stems: ['code'], term: 'code' }]],
      ['script', [{ stems: ['script'], term: 'code' }]],
    ]);
    const withSynonyms = (text: string) => featureKeys(words(text), synonyms);
    const trained = train(
      ['salary', 'coding'],
      texts.map(([label, text]) => ({ label, keys: withSynonyms(text) })),
    );
    expect(predict(trained, withSynonyms('wages'))[0]).toBeGreaterThan(0.6);
    expect(predict(trained, withSynonyms('scripts'))[1]).toBeGreaterThan(0.6);
    // Without the vocabulary the same words are unknown: no opinion.
    expect(Math.abs(predict(model, keys('wages'))[0]! - 0.5)).toBeLessThan(0.1);
  });

  it('has no opinion beyond the biases on words it never saw', () => {
    const p = predict(model, keys('zzqx'));
    expect(Math.abs(p[0]! - p[1]!)).toBeLessThan(0.2);
  });
});
