import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../../src/core/matching/english-words.js';

describe('isEnglishWord', () => {
  it('knows ordinary English words', () => {
    for (const word of ['drive', 'expert', 'invoice', 'laptop', 'programing', 'codding'])
      expect(isEnglishWord(word)).toBe(true);
  });

  it('does not know typos, slang or product names', () => {
    for (const word of ['develoepr', 'sallary', 'tbh', 'kubernetes', 'devops', ''])
      expect(isEnglishWord(word)).toBe(false);
  });
});
