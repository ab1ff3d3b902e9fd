import { describe, expect, it } from 'vitest';
import { predict, train } from '../../../../src/core/matching/classifier/softmax-model.js';
import { featureKeys } from '../../../../src/core/matching/classifier/text-features.js';
import { words } from '../../../../src/core/matching/tokenize.js';

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

  it('has no opinion beyond the biases on words it never saw', () => {
    const p = predict(model, keys('zzqx'));
    expect(Math.abs(p[0]! - p[1]!)).toBeLessThan(0.2);
  });
});
