import { describe, expect, it } from 'vitest';
import {
  indexOf,
  isIntroduced,
  occursNear,
  SENTENCE_BREAK,
} from '../../../src/core/matching/word-sequences.js';

describe('occursNear', () => {
  it('finds the words in order, each within the gap of the one before', () => {
    expect(occursNear(['cert', 'worth', 'it', 'general'], ['cert', 'general'], 2)).toBe(true);
    expect(occursNear(['cert', 'a', 'b', 'c', 'general'], ['cert', 'general'], 2)).toBe(false);
    expect(occursNear(['general', 'cert'], ['cert', 'general'], 2)).toBe(false);
  });

  it('never runs across a sentence break', () => {
    expect(occursNear(['cert', SENTENCE_BREAK, 'general'], ['cert', 'general'], 2)).toBe(false);
    expect(occursNear(['cert', SENTENCE_BREAK, 'cert', 'general'], ['cert', 'general'], 2)).toBe(true);
  });
});

describe('indexOf', () => {
  it('finds a contiguous run, which a sentence break interrupts', () => {
    expect(indexOf(['in', 'two', 'week'], ['two', 'week'])).toBe(1);
    expect(indexOf(['two', SENTENCE_BREAK, 'week'], ['two', 'week'])).toBe(-1);
  });
});

describe('isIntroduced', () => {
  it('finds a role said to be the writer\'s: after "as"/"for a", before "here", or opening the message', () => {
    expect(isIntroduced(['im', 'a', 'sysadmin', 'which', 'cert'], ['sysadmin'], [])).toBe(true);
    expect(isIntroduced(['sysadmin', 'here', 'which', 'cert'], ['sysadmin'], [])).toBe(true);
    expect(isIntroduced(['sysadmin', 'which', 'cert'], ['sysadmin'], [])).toBe(true);
  });

  it("is false for a role named in passing, or a job title that goes on with a side's name", () => {
    expect(isIntroduced(['our', 'sysadmin', 'want', 'a', 'cert'], ['sysadmin'], [])).toBe(false);
    expect(
      isIntroduced(['devop', 'architect', 'which', 'cert'], ['devop'], [false, true, false, false]),
    ).toBe(false);
  });
});
