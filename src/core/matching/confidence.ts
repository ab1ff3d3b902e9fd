import { TUNING } from './tuning.js';

export type Band = 'best' | 'possible' | 'unsure' | 'none';

/**
 * The band a match falls in (thresholds in tuning.ts). Confidence (coverage discounted by a close rival)
 * decides whether to answer; below that, coverage alone decides between "did you mean" (a near tie among
 * sections that do explain the question) and "not covered" (the guide does not know these words).
 */
export function bandOf(confidence: number, coverage: number): Band {
  const { best, possible, suggestCoverage } = TUNING.bands;
  if (confidence >= best) return 'best';
  if (confidence >= possible) return 'possible';
  if (coverage >= suggestCoverage) return 'unsure';
  return 'none';
}
