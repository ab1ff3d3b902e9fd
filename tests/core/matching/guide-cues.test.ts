import { describe, expect, it } from 'vitest';
import { keyStems } from '../../../src/core/matching/guide-cues.js';

describe('keyStems', () => {
  it("keys each phrase by its first word that is not a function word, so 'in …' phrases skip most questions", () => {
    expect(keyStems([['in', 'two', 'week'], ['how', 'much', 'cost'], ['voucher']])).toEqual(
      new Set(['week', 'cost', 'voucher']),
    );
  });

  it('falls back to the first word of a phrase made only of function words', () => {
    expect(keyStems([['how', 'much'], []])).toEqual(new Set(['how']));
  });
});
