/**
 * Confidence bands, set from the evaluation's calibration table (`certpath eval` prints it):
 * in each band the share of right top answers is what the label promises. See README "How matching works".
 */
export const THRESHOLDS = {
  /** At or above: answer, labelled "Best match". */
  best: 0.6,
  /** At or above (and below best): answer, labelled "Possibly relevant". */
  possible: 0.42,
  /** At or above (and below possible): "did you mean" with the top three; below: not covered. */
  suggest: 0.3,
  /** Passive channel answers need this much, and a question that names the guide's subject… */
  channel: 0.6,
  /** …unless the match is this sure ("which is more difficult?" in a certification channel). */
  channelUnanchored: 0.85,
} as const;

export type Band = 'best' | 'possible' | 'unsure' | 'none';

/** The band a confidence falls in. */
export function bandOf(confidence: number): Band {
  if (confidence >= THRESHOLDS.best) return 'best';
  if (confidence >= THRESHOLDS.possible) return 'possible';
  if (confidence >= THRESHOLDS.suggest) return 'unsure';
  return 'none';
}
