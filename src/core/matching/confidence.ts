import type { Subject } from './analyze-question.js';
import { TUNING } from './tuning.js';

export type Band = 'best' | 'possible' | 'unsure' | 'none';

/**
 * The band a match falls in (thresholds in tuning.ts). Confidence (coverage discounted by a close rival)
 * decides whether to answer; below that, coverage alone decides between "did you mean" (a near tie among
 * sections that do explain the question) and "not covered" (the guide does not know these words). A
 * question that names the certifications is for the guide, so it gets "did you mean" from a lower coverage.
 */
export function bandOf(confidence: number, coverage: number, subject: Subject = 'none'): Band {
  const { best, possible, suggestCoverage, namedSuggestCoverage } = TUNING.bands;
  if (confidence >= best) return 'best';
  if (confidence >= possible) return 'possible';
  if (coverage >= (subject === 'named' ? namedSuggestCoverage : suggestCoverage)) return 'unsure';
  return 'none';
}
