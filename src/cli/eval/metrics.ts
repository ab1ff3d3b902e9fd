import type { EvalCase } from './eval-set.js';
import type { DirectOutcome, System } from './systems.js';

/** Direct-mode numbers for one group of questions. */
export interface DirectScore {
  inScope: number;
  top1: number;
  top3: number;
  outOfScope: number;
  /** Share of out-of-scope questions answered "not covered" (no section). */
  notCovered: number;
}

/** Channel-mode numbers for one group of questions. */
export interface ChannelScore {
  inScope: number;
  /** Answers posted to questions the bot should leave alone (must be 0). */
  chatterAnswers: number;
  recall: number;
  precision: number;
  /**
   * (right answers − wrong answers − answers to chatter) / all questions: what a channel gains from the bot.
   * Recall alone flatters a baseline that answers every message; this charges it for the noise.
   */
  net: number;
}

/** One question's outcome, kept for the miss list and the calibration table. */
export interface CaseResult {
  case: EvalCase;
  direct: DirectOutcome & { right: boolean; inTop3: boolean };
  channel?: string;
}

/** Runs every question through a system in both modes. */
export function runCases(system: System, cases: readonly EvalCase[]): CaseResult[] {
  return cases.map((item) => {
    const outcome = system.direct(item.q);
    const right = outcome.answer !== undefined && item.expect.includes(outcome.answer);
    const inTop3 = outcome.top3.slice(0, 3).some((id) => item.expect.includes(id));
    const channel = system.channel(item.q);
    return { case: item, direct: { ...outcome, right, inTop3 }, ...(channel ? { channel } : {}) };
  });
}

/** part / whole, and 1 over nothing (no questions of that kind: nothing missed). */
export const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Direct-mode accuracy: top-1 and top-3 in scope, "not covered" out of scope. */
export function directScore(results: readonly CaseResult[]): DirectScore {
  const inScope = results.filter((r) => r.case.expect.length > 0);
  const outOfScope = results.filter((r) => r.case.expect.length === 0);
  return {
    inScope: inScope.length,
    top1: ratio(inScope.filter((r) => r.direct.right).length, inScope.length),
    top3: ratio(inScope.filter((r) => r.direct.inTop3).length, inScope.length),
    outOfScope: outOfScope.length,
    notCovered: ratio(
      outOfScope.filter((r) => r.direct.answer === undefined && r.direct.top3.length === 0).length,
      outOfScope.length,
    ),
  };
}

/** Channel-mode behaviour: silence on chatter, and how often (and how rightly) it answers in scope. */
export function channelScore(results: readonly CaseResult[]): ChannelScore {
  const inScope = results.filter((r) => r.case.expect.length > 0);
  const answered = inScope.filter((r) => r.channel !== undefined);
  return {
    inScope: inScope.length,
    chatterAnswers: results.filter((r) => r.case.expect.length === 0 && r.channel !== undefined).length,
    recall: ratio(answered.length, inScope.length),
    precision: ratio(answered.filter((r) => r.case.expect.includes(r.channel!)).length, answered.length),
    net: netGain(results),
  };
}

function netGain(results: readonly CaseResult[]): number {
  let net = 0;
  for (const { case: item, channel } of results) {
    if (channel === undefined) continue;
    net += item.expect.includes(channel) ? 1 : -1;
  }
  return results.length === 0 ? 0 : net / results.length;
}

/** One confidence band: how many questions' best candidate fell in it, and how many of those were right. */
export interface CalibrationBand {
  from: number;
  to: number;
  count: number;
  right: number;
}

/**
 * Per confidence band of the matcher's best candidate: how often it was right. Out-of-scope questions
 * count as right only when the best candidate is a topic the guide says it does not cover.
 */
export function calibration(results: readonly CaseResult[], edges: readonly number[]): CalibrationBand[] {
  const bands = edges.slice(0, -1).map((from, i) => ({ from, to: edges[i + 1]!, count: 0, right: 0 }));
  for (const { case: item, direct } of results) {
    if (!direct.top) continue;
    const { confidence, section } = direct.top;
    const band = bands.find((b) => confidence >= b.from && (confidence < b.to || b.to >= 1));
    if (!band) continue;
    band.count++;
    if (
      item.expect.length === 0
        ? section === undefined
        : section !== undefined && item.expect.includes(section)
    )
      band.right++;
  }
  return bands;
}
