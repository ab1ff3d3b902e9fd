import { describe, expect, it } from 'vitest';
import { indexOf, occursNear, SENTENCE_BREAK } from '../../../src/core/matching/word-sequences.js';

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
