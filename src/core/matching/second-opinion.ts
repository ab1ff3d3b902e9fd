import type { Subject } from './analyze-question.js';
import { bandOf } from './confidence.js';
import type { GuideIndex } from './guide-index.js';
import type { Candidate } from './match-question.js';
import { TUNING } from './tuning.js';

/** What the classifier changed, if anything. */
export type SecondOpinion = 'tie-broken' | 'confirmed' | 'capped';

/** What the classifier said about the matcher's ranking. */
export interface SecondOpinionResult {
  /** What it changed in the ranking, if anything. */
  opinion?: SecondOpinion;
  /**
   * It doubts the (possibly reordered) first section: it picks another first and gives this one less than
   * `channelDoubt`. A channel stays silent on a doubted match (decide-reply.ts).
   */
  doubted: boolean;
  /**
   * It picks the (possibly reordered) first section itself, with a clear lead (`clearLead`). A channel
   * answers a message that names the certifications from a lower confidence then (decide-reply.ts); one
   * that names nothing stays silent whatever the classifier says, so it cannot make the bot chime in on
   * chatter.
   */
  agreed: boolean;
  /** The blend (after the rules) gave the lead to another section than the rules left first. */
  blended: boolean;
  /** The classifier's probability for each section of the first candidate's guide (see `MatchResult.odds`). */
  odds?: ReadonlyMap<string, number>;
}

/**
 * Lets the guide's classifier have its say on the matcher's own ranking, and nothing more: it may
 * reorder a near tie among the matcher's top sections, then weigh the first three once more with
 * the matcher's confidence (`blend`), may turn a "did you mean" whose first pick it agrees with into a
 * "possibly relevant" answer, keeps a match resting on one shared word out of "best" unless it agrees,
 * and says whether it doubts or clearly agrees with the first section.
 * It never adds a candidate, never overrides a "not covered" topic, and never raises a confidence to
 * where a channel would answer (its agreement lowers the bar only for a message that names the
 * certifications, see `agreed`). `candidates` is sorted best first and is reordered in place. The
 * classifier runs once per question. `cuedPick`: the question is a short pick asked with only one of the
 * recommender's own cues (match-question.ts, picksByTheCue), whose shaped lead a sure classifier does not take.
 */
export function secondOpinion(
  indexes: readonly GuideIndex[],
  candidates: Candidate[],
  questionWords: readonly string[],
  subject: Subject = 'none',
  cuedPick = false,
  askedSide?: string,
): SecondOpinionResult {
  const top = candidates[0];
  if (!top?.section) return { doubted: false, agreed: false, blended: false };
  const index = indexes.find((candidate) => candidate.guide === top.guide);
  if (!index) return { doubted: false, agreed: false, blended: false };
  const probability = index.classifier.probabilities(questionWords);
  const [leader, second] = [...probability].sort((a, b) => b[1] - a[1]);
  // The classifier's first choice when it leads clearly (`clearLead` times its second), else none.
  const clearChoice =
    leader && leader[1] >= (second?.[1] ?? 0) * TUNING.classifier.clearLead ? leader[0] : undefined;
  // Asked of one side only, the lead that is that side's own section is not given to the section that sets the two
  // side by side (the default): "the DVA = writing apps on AWS, fair summary?" asks of the one. Measured (session
  // 69) over 87,046 eval lines: +2 top-1, +2 right channel answers and 2 wrong fewer, none lost.
  const movable = (to: Candidate) =>
    !(
      askedSide !== undefined &&
      candidates[0]!.section?.side === askedSide &&
      to.section !== undefined &&
      to.section === index.defaultSection
    );
  let opinion = reconsider(candidates, probability, leader, clearChoice, subject, cuedPick, movable);
  if (leader) offerAmongTheFirstThree(candidates, leader[0]);
  const blended = blend(candidates, probability, movable);
  if (blended) opinion = judgeLead(candidates, leader, clearChoice, subject) ?? blended;
  const lead = candidates[0]!;
  const doubted =
    leader?.[0] !== lead.section?.id &&
    (probability.get(lead.section?.id ?? '') ?? 0) < TUNING.classifier.channelDoubt;
  const agreed = clearChoice !== undefined && clearChoice === lead.section?.id;
  return {
    ...(opinion ? { opinion } : {}),
    doubted,
    agreed,
    blended: blended !== undefined,
    odds: probability,
  };
}

/**
 * Weighs the matcher's first sections (`blend.among`) by their confidence as a share of the first's plus
 * `blend.weight` times the log of the classifier's probability, and gives the best the lead, the lead's
 * confidence and the larger coverage of the two (how much of the question the matcher found explained
 * does not shrink because the classifier reordered). A lead the question's shape gave stays (see `sure`).
 */
function blend(
  candidates: Candidate[],
  probability: ReadonlyMap<string, number>,
  movable: (to: Candidate) => boolean,
): SecondOpinion | undefined {
  const { weight, among } = TUNING.classifier.blend;
  const top = candidates[0]!;
  if (weight <= 0 || top.shaped || top.confidence <= 0) return undefined;
  const value = (candidate: Candidate) =>
    candidate.confidence / top.confidence +
    weight * Math.log((probability.get(candidate.section?.id ?? '') ?? 0) + 1e-9);
  let best = top;
  for (const candidate of candidates.slice(1, among))
    if (
      candidate.section &&
      candidate.guide === top.guide &&
      movable(candidate) &&
      value(candidate) > value(best)
    )
      best = candidate;
  if (best === top) return undefined;
  const at = candidates.indexOf(best);
  candidates[0] = { ...best, confidence: top.confidence, coverage: Math.max(top.coverage, best.coverage) };
  candidates[at] = { ...top, confidence: best.confidence };
  return 'tie-broken';
}

/**
 * The classifier's first choice, when the matcher ranked it below its first three sections, moves up
 * to third: a "did you mean" or a "see also" then offers both readings' picks. Only the order of the
 * matcher's own candidates changes, and only from the third place down, so the answer, its runner-up
 * and every decision made from them stay as they were. Measured (session 10) on sixteen dev sets: the
 * right section among the three offered +43 questions, −6 (top-3 +4 points on the freshest sets).
 */
function offerAmongTheFirstThree(candidates: Candidate[], choice: string): void {
  const sections = candidates.flatMap((candidate, at) => (candidate.section ? [at] : []));
  const third = sections[2];
  const at = candidates.findIndex((candidate) => candidate.section?.id === choice);
  if (third === undefined || at <= third || third < 2) return;
  const [moved] = candidates.splice(at, 1);
  candidates.splice(third, 0, moved!);
}

/**
 * The ranking changes of `secondOpinion`, from the classifier's probabilities, its first choice with
 * that choice's probability, and that choice again when it leads clearly.
 */
function reconsider(
  candidates: Candidate[],
  probability: ReadonlyMap<string, number>,
  leader: readonly [string, number] | undefined,
  clearChoice: string | undefined,
  subject: Subject,
  cuedPick: boolean,
  movable: (to: Candidate) => boolean,
): SecondOpinion | undefined {
  const top = candidates[0]!;
  const { nearTie, preferBy, sure } = TUNING.classifier;
  const p = (candidate: Candidate) => probability.get(candidate.section?.id ?? '') ?? 0;
  // A sure classifier (see `sure`) widens the tie to its own first choice among the three. Not over the
  // recommender placed by a pick asked with one of its own cues ("I like coding more than diagrams, which
  // cert?"): the cue's topic word ("coding") is what the classifier is sure of, and the cue is the recommender's.
  const sureChoice =
    leader &&
    clearChoice !== undefined &&
    (!top.shaped || (top.section?.recommender !== undefined && leader[1] >= sure.overShape && !cuedPick)) &&
    leader[1] >= sure.probability &&
    leader[1] >= p(top) * sure.lead
      ? clearChoice
      : undefined;
  // One side's own section, first because the question asks what that side is or shows ("what does holding
  // the developer cert tell an employer about your skills?"), is no near tie: the question's shape placed it,
  // and a topic word it shares with another section ("employer") is not what it asks. Measured (session 27)
  // on every eval list: +3 top-1 and +4 right channel answers, none lost.
  const sideAsked = top.shaped === true && top.section?.side !== undefined;
  const tied = candidates
    .slice(1, 3)
    .filter(
      (c) =>
        c.section &&
        c.guide === top.guide &&
        movable(c) &&
        ((!sideAsked && c.score >= top.score * nearTie) ||
          (c.section.id === sureChoice && c.score >= top.score * sure.share)),
    );
  const pick = tied.reduce((best, c) => (p(c) > p(best) ? c : best), top);
  let opinion: SecondOpinion | undefined;
  // Only for the classifier's own first choice: preferring one also-ran to another is no opinion.
  if (pick !== top && pick.section?.id === leader?.[0] && p(pick) - p(top) >= preferBy) {
    const at = candidates.indexOf(pick);
    // The pick takes the lead's place and confidence; scores stay, so a channel still sees a near tie
    // (answered only when the classifier clearly agrees and every word is the guide's: decide-reply.ts).
    candidates[0] = { ...pick, confidence: top.confidence };
    candidates[at] = { ...top, confidence: pick.confidence };
    opinion = 'tie-broken';
  }
  return judgeLead(candidates, leader, clearChoice, subject) ?? opinion;
}

/**
 * A "did you mean" the classifier agrees with becomes "possibly relevant"; a lead on one shared word the
 * classifier does not pick stays out of "best". For the lead after the rules above, and again after the
 * blend when it gave another section the lead.
 */
function judgeLead(
  candidates: Candidate[],
  leader: readonly [string, number] | undefined,
  clearChoice: string | undefined,
  subject: Subject,
): 'confirmed' | 'capped' | undefined {
  const { confirm } = TUNING.classifier;
  const lead = candidates[0]!;
  if (!leader) return undefined;
  if (bandOf(lead.confidence, lead.coverage, subject) === 'unsure' && leader[1] >= confirm) {
    // A "did you mean" whose first pick is the classifier's own first choice is confirmed; so is a later
    // pick of the three when the classifier prefers it clearly (twice its second choice).
    const at = candidates.slice(0, 3).findIndex((c) => c.section?.id === leader[0]);
    if (at === 0 || (at > 0 && clearChoice === leader[0])) {
      const [chosen] = candidates.splice(at, 1);
      candidates.unshift({ ...chosen!, confidence: TUNING.bands.possible });
      return 'confirmed';
    }
  }
  // One shared word ("in demand" ~ "demanding") is "best" only when the classifier also picks the section.
  if (
    lead.evidence < 2 &&
    lead.confidence > TUNING.confidence.singleWordCap &&
    clearChoice !== lead.section?.id
  ) {
    candidates[0] = { ...lead, confidence: TUNING.confidence.singleWordCap };
    return 'capped';
  }
  return undefined;
}
