import { describe, expect, it } from 'vitest';
import { ratingBar } from '../../../src/core/render/rating-bar.js';

describe('ratingBar', () => {
  const scale = ['Low', 'Medium', 'High', 'Very High'];

  it('fills one step per position on the scale, out of its length', () => {
    expect(ratingBar('Low', scale)).toBe('▰▱▱▱ Low');
    expect(ratingBar('High', scale)).toBe('▰▰▰▱ High');
    expect(ratingBar('Very High', scale)).toBe('▰▰▰▰ Very High');
    expect(ratingBar('Medium', ['Low', 'Medium', 'High'])).toBe('▰▰▱ Medium');
  });

  it('shows a value off the scale as it is', () => {
    expect(ratingBar('Unknown', scale)).toBe('Unknown');
  });
});
