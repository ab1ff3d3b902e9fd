import type { Guide, Side } from '../guide.js';
import { quizFor } from './quiz.js';
import { NoQuizError } from './recommend-error.js';
import type { RecommendInput } from './recommend-input.js';
import { relatedSections } from './related-sections.js';
import { type Choice, resolveChoices } from './resolve-choices.js';

/** A choice that counted towards the recommended side (or either side, when there is none). */
export type Reason = Choice & { side: string };

/** Which certification to take first, and why. */
export interface Recommendation {
  guideId: string;
  /**
   * The side to take first: the one with more points, when its lead is clear. Undefined when the
   * result is mixed (the guide's `mixed` text then says what to do) or nothing pointed anywhere.
   */
  side?: Side;
  /** Points per side id; every side of the guide is present. */
  scores: Record<string, number>;
  /** The choices that pointed to `side`, heaviest first; every pointing choice when there is no side. */
  reasons: Reason[];
  /** True when the answers point both ways: show the guide's `mixed` text ("take both, … first"). */
  mixed: boolean;
  /** Section ids to offer as next steps. */
  related: string[];
}

/** Scores this close (in points) are a mixed result. */
export const MIXED_MARGIN = 1;
/** A lead is clear only when the leader holds at least this share of all points. */
export const CLEAR_SHARE = 0.6;

/**
 * Recommends a side from the asker's quiz choices: each choice adds its weight to the side it
 * points to, and the side with more points is recommended unless the result is mixed. Throws NoQuizError for a guide without
 * recommender data and UnknownChoiceError for an id its quiz does not offer.
 */
export function recommend(guide: Guide, input: RecommendInput): Recommendation {
  const quiz = quizFor(guide);
  if (!quiz) throw new NoQuizError(guide.id);
  const choices = resolveChoices(quiz, input);
  const scores: Record<string, number> = Object.fromEntries(guide.sides.map((side) => [side.id, 0]));
  for (const choice of choices) if (choice.side !== undefined) scores[choice.side]! += choice.weight;
  const [first, second] = guide.sides;
  const a = scores[first.id]!;
  const b = scores[second.id]!;
  const mixed = isMixed(a, b);
  const side = mixed || a === b ? undefined : a > b ? first : second;
  const reasons = choices
    .filter((choice): choice is Reason => choice.side !== undefined && choice.weight > 0)
    .filter((choice) => side === undefined || choice.side === side.id)
    .sort((x, y) => y.weight - x.weight);
  return { guideId: guide.id, side, scores, reasons, mixed, related: relatedSections(quiz, side, mixed) };
}

/**
 * The mixed rule: both sides have points, and either they are within MIXED_MARGIN of each other
 * (one statement's worth: 3 vs 2) or the leader holds less than CLEAR_SHARE of all points (8 vs 6).
 * A result where only one side scored is never mixed, however small.
 */
export function isMixed(a: number, b: number): boolean {
  if (a <= 0 || b <= 0) return false;
  return Math.abs(a - b) <= MIXED_MARGIN || Math.max(a, b) / (a + b) < CLEAR_SHARE;
}

/**
 * The asker's choices as the quiz reads them, each with the side it points to (none for a neutral
 * one such as the role "Other"). Throws like recommend() for a guide without a quiz or an unknown id.
 */
export function choicesOf(guide: Guide, input: RecommendInput): Choice[] {
  const quiz = quizFor(guide);
  if (!quiz) throw new NoQuizError(guide.id);
  return resolveChoices(quiz, input);
}

/** A choice that counts: it points to a side with some weight. */
export function pointsToASide(choice: Choice): boolean {
  return choice.side !== undefined && choice.weight > 0;
}
