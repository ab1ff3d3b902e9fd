import { describe, expect, it } from 'vitest';
import { eachMatch } from '../../../src/core/matching/each-match.js';

/** What `matchAll` finds, as plain data: where each match stands and what it and its groups hold. */
const seen = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, ...match]);

describe('eachMatch', () => {
  it.each([
    [/\b(?:saa|dva)\b/giu, 'SAA or DVA? saa, then dva'],
    [/(?<=\bthe\s)(\w+)/gu, 'the architect and the developer'],
    [/(?=(?:the|a|an)\s)(?<=is\s)(\w+\s\w+)/giu, 'SAA is the blueprint and DVA is a builder'],
    // Empty matches move on by one character, and by a whole code point under `u`.
    [/x*/gu, 'a😀b'],
    [/x*/g, 'a😀b'],
    [/(?:)/gu, ''],
    [/\b/gu, 'two words'],
  ])('finds what matchAll finds: %s in %j', (pattern, text) => {
    const expected = seen(text.matchAll(new RegExp(pattern.source, pattern.flags)));
    expect(seen(eachMatch(text, pattern))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('leaves the pattern ready for its next use, even one left mid-way by someone else', () => {
    const pattern = /dva/gi;
    pattern.lastIndex = 5;
    expect(eachMatch('DVA then dva', pattern).map((match) => match.index)).toEqual([0, 9]);
    expect(pattern.lastIndex).toBe(0);
    expect(pattern.test('dva')).toBe(true);
  });

  it('refuses a pattern without the global flag, as matchAll does, instead of looping forever', () => {
    expect(() => eachMatch('saa', /saa/)).toThrow(TypeError);
  });
});
