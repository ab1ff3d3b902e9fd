/**
 * Confidence bands, set from the evaluation's calibration table (`certpath eval` prints it):
 * in each band the share of right top answers is what the label promises. See README "How matching works".
 */
export const THRESHOLDS = {
  /** At or above: answer, labelled "Best match". */
  best: 0.6,
  /** At or above (and below best): answer, labelled "Possibly relevant". */
  possible: 0.42,
  /** An unsure match that still explains this much of the question gets "did you mean"; less is "not covered". */
  suggestCoverage: 0.42,
  /** Passive channel answers need this much, and a question that names the guide's subject… */
  channel: 0.5,
  /** …and a clear lead: the runner-up scores at most this share of the best. */
  channelRunnerUp: 0.9,
  /** …unless the match is this sure ("which is more difficult?" in a certification channel). */
  channelUnanchored: 0.85,
} as const;

export type Band = 'best' | 'possible' | 'unsure' | 'none';

/**
 * The band a match falls in. Confidence (coverage discounted by a close rival) decides whether to answer;
 * below that, coverage alone decides between "did you mean" (a near tie among sections that do explain
 * the question) and "not covered" (the guide does not know these words).
 */
export function bandOf(confidence: number, coverage: number): Band {
  if (confidence >= THRESHOLDS.best) return 'best';
  if (confidence >= THRESHOLDS.possible) return 'possible';
  if (coverage >= THRESHOLDS.suggestCoverage) return 'unsure';
  return 'none';
}
