import { describe, expect, it } from 'vitest';
import { bandOf } from '../../../src/core/matching/confidence.js';
import { TUNING } from '../../../src/core/matching/tuning.js';

const { best, possible, suggestCoverage, namedSuggestCoverage } = TUNING.bands;

describe('bandOf', () => {
  it('calls a match "best" from the best threshold up, whatever its coverage', () => {
    expect(bandOf(best, 0)).toBe('best');
    expect(bandOf(1, 1)).toBe('best');
  });

  it('calls a match "possible" from the possible threshold up to just under best', () => {
    expect(bandOf(possible, 0)).toBe('possible');
    expect(bandOf(best - 0.001, 1)).toBe('possible');
  });

  it('below possible, offers "did you mean" only when the sections explain enough of the question', () => {
    expect(bandOf(possible - 0.001, suggestCoverage)).toBe('unsure');
    expect(bandOf(possible - 0.001, suggestCoverage - 0.001)).toBe('none');
    expect(bandOf(0, 0)).toBe('none');
  });

  it('offers "did you mean" from a lower coverage when the question names the certifications', () => {
    expect(bandOf(possible - 0.001, namedSuggestCoverage, 'named')).toBe('unsure');
    expect(bandOf(possible - 0.001, namedSuggestCoverage, 'implied')).toBe('none');
    expect(bandOf(possible - 0.001, namedSuggestCoverage - 0.001, 'named')).toBe('none');
  });

  it('keeps the bands in order, and the single-word cap inside "possible"', () => {
    expect(possible).toBeLessThan(best);
    expect(TUNING.confidence.singleWordCap).toBeLessThan(best);
    expect(TUNING.confidence.singleWordCap).toBeGreaterThanOrEqual(possible);
    // The classifier's confirmation lands in "possible": it can never reach a channel answer.
    expect(possible).toBeLessThan(TUNING.channel.confidence);
  });
});
