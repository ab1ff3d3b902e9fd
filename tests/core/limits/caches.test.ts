import { describe, expect, it } from 'vitest';
import { CACHE_LIMIT, SpellingCorrector } from '../../../src/core/matching/spelling.js';
import { STEM_CACHE_LIMIT, stem, stemCacheSize } from '../../../src/core/matching/tokenize.js';

/** `n` distinct made-up lower-case words, all of the same length: `qzaaaa`, `qzaaab`… */
function madeUpWords(n: number, prefix = 'qz'): string[] {
  const letters = (i: number) =>
    [...i.toString(26).padStart(4, '0')].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26)));
  return Array.from({ length: n }, (_, i) => `${prefix}${letters(i).join('')}`);
}

describe('the spelling corrector’s cache', () => {
  // Every word counts as English, so a correction is a cheap doubled-letter lookup.
  const corrector = () => new SpellingCorrector(new Map([['salary', 1]]), () => true);

  it('remembers up to CACHE_LIMIT corrections', () => {
    const spelling = corrector();
    for (const word of madeUpWords(CACHE_LIMIT)) spelling.correct(word);
    expect(spelling.cacheSize).toBe(CACHE_LIMIT);
  });

  it('never holds more than CACHE_LIMIT, forgetting the oldest first, and still corrects', () => {
    const spelling = corrector();
    const words = madeUpWords(CACHE_LIMIT + 500);
    for (const word of words) spelling.correct(word);
    expect(spelling.cacheSize).toBe(CACHE_LIMIT);
    expect(spelling.correct('sallary')).toBe('salary');
    expect(spelling.cacheSize).toBe(CACHE_LIMIT);
  });
});

describe('the stem cache', () => {
  it('never holds more than STEM_CACHE_LIMIT stems, and stems the same after evicting', () => {
    const before = stem('certifications');
    for (const word of madeUpWords(STEM_CACHE_LIMIT + 1_000, 'zx')) stem(word);
    expect(stemCacheSize()).toBe(STEM_CACHE_LIMIT);
    expect(stem('certifications')).toBe(before);
    expect(stemCacheSize()).toBe(STEM_CACHE_LIMIT);
  });
});
