import { describe, expect, it } from 'vitest';
import { words } from '../../../src/core/matching/tokenize.js';

describe('words', () => {
  it('reads slashed chat shorthand as the words it stands for', () => {
    expect(words('who do SAs work w/')).toEqual(['who', 'do', 'sas', 'work', 'with']);
    expect(words('DVA w/o any coding? b/c I hate it')).toEqual([
      'dva',
      'without',
      'any',
      'coding',
      'because',
      'hate',
      'it',
    ]);
    // Not a slash inside a word or between words ("CI/CD", "and/or"), nor "w/e" (whatever).
    expect(words('CI/CD and/or w/e')).toEqual(['ci', 'cd', 'and', 'or']);
  });
});
