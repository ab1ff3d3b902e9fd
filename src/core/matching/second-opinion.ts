import type { Subject } from './analyze-question.js';
import { bandOf } from './confidence.js';
import type { GuideIndex } from './guide-index.js';
import type { Candidate } from './match-question.js';
import { TUNING } from './tuning.js';

/** What the classifier changed, if anything. */
export type SecondOpinion = 'tie-broken' | 'confirmed' | 'capped';

/**
 * Lets the guide's classifier have its say on the matcher's own ranking, and nothing more: it may
 * reorder a near tie among the matcher's top sections, may turn a "did you mean" whose first pick
 * it agrees with into a "possibly relevant" answer, and keeps a match resting on one shared word out
 * of "best" unless it agrees. It never adds a candidate, never overrides a
 * "not covered" topic, and never raises a confidence to where a channel would answer (so it cannot
 * make the bot chime into chatter). `candidates` is sorted best first and is reordered in place.
 */
export function applySecondOpinion(
  indexes: readonly GuideIndex[],
  candidates: Candidate[],
  questionWords: readonly string[],
  subject: Subject = 'none',
): SecondOpinion | undefined {
  const top = candidates[0];
  if (!top?.section) return undefined;
  const index = indexes.find((candidate) => candidate.guide === top.guide);
  if (!index) return undefined;
  const { nearTie, preferBy, confirm } = TUNING.classifier;
  const probability = index.classifier.probabilities(questionWords);
  const p = (candidate: Candidate) => probability.get(candidate.section?.id ?? '') ?? 0;
  const tied = candidates
    .slice(1, 3)
    .filter((c) => c.section && c.guide === top.guide && c.score >= top.score * nearTie);
  const [leader, second] = [...probability].sort((a, b) => b[1] - a[1]);
  const pick = tied.reduce((best, c) => (p(c) > p(best) ? c : best), top);
  let opinion: SecondOpinion | undefined;
  // Only for the classifier's own first choice: preferring one also-ran to another is no opinion.
  if (pick !== top && pick.section?.id === leader?.[0] && p(pick) - p(top) >= preferBy) {
    const at = candidates.indexOf(pick);
    // The pick takes the lead's place and confidence; scores stay, so a channel still sees a near tie.
    candidates[0] = { ...pick, confidence: top.confidence };
    candidates[at] = { ...top, confidence: pick.confidence };
    opinion = 'tie-broken';
  }
  const lead = candidates[0]!;
  if (!leader) return opinion;
  if (
    bandOf(lead.confidence, lead.coverage, subject) === 'unsure' &&
    leader[0] === lead.section?.id &&
    leader[1] >= confirm
  ) {
    candidates[0] = { ...lead, confidence: TUNING.bands.possible };
    return 'confirmed';
  }
  // One shared word ("in demand" ~ "demanding") is "best" only when the classifier also picks the section.
  if (
    lead.evidence < 2 &&
    lead.confidence > TUNING.confidence.singleWordCap &&
    (leader[0] !== lead.section?.id || leader[1] < (second?.[1] ?? 0) * TUNING.classifier.clearLead)
  ) {
    candidates[0] = { ...lead, confidence: TUNING.confidence.singleWordCap };
    return 'capped';
  }
  return opinion;
}

/**
 * Whether the classifier doubts the matcher's first section: it picks another first and gives this one
 * less than `channelDoubt`. A channel stays silent on a doubted match (decide-reply.ts); the classifier
 * can only ever silence the bot there, never make it speak.
 */
export function classifierDoubts(
  indexes: readonly GuideIndex[],
  top: Candidate | undefined,
  questionWords: readonly string[],
): boolean {
  if (!top?.section) return false;
  const index = indexes.find((candidate) => candidate.guide === top.guide);
  if (!index) return false;
  const probability = index.classifier.probabilities(questionWords);
  const [leader] = [...probability].sort((a, b) => b[1] - a[1]);
  const own = probability.get(top.section.id) ?? 0;
  return leader?.[0] !== top.section.id && own < TUNING.classifier.channelDoubt;
}
