import type { Guide, Section, Side } from '../guide.js';
import { quizFor } from '../recommend/quiz.js';
import type { Reason, Recommendation } from '../recommend/recommend.js';
import { NoQuizError } from '../recommend/recommend-error.js';
import type { RecommendInput } from '../recommend/recommend-input.js';
import { quizActionId } from './action-ids.js';
import { actions, button, context, header, section } from './block-builders.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { markdownToMrkdwn } from './markdown-to-mrkdwn.js';
import { RECOMMENDATION_WORDS as W } from './messages.js';
import { quizButtonValue } from './quiz-button-value.js';
import type { Block, SlackMessage } from './slack-message.js';
import { topicButtons } from './topic-buttons.js';

/**
 * The quiz result, for an ephemeral message or a DM: which certification to take first, why (the
 * choices that pointed there), or, when the answers point both ways, both certifications and the
 * guide's `mixed` advice; then the points per side, and buttons to the related sections and to
 * retake the quiz (starting from `previous`, the answers given). The fallback text names the
 * certification(s) before anything else.
 */
export function renderRecommendation(
  guide: Guide,
  recommendation: Recommendation,
  previous?: RecommendInput,
): SlackMessage {
  const quiz = quizFor(guide);
  if (!quiz) throw new NoQuizError(guide.id);
  const blocks: Block[] = [header(W.title), section(verdict(guide, recommendation))];
  if (recommendation.reasons.length > 0) blocks.push(section(whyText(guide, recommendation)));
  const advice = markdownToMrkdwn(quiz.recommender.mixed);
  if (recommendation.mixed) blocks.push(section(advice));
  blocks.push(
    context(W.scores(scoreLine(guide, recommendation))),
    followUps(guide, recommendation, previous),
  );
  return { text: fallbackText(guide, recommendation, advice), blocks };
}

/** "Name (CODE)", or just the name for a side without an exam code. */
function certification(side: Side, bold: boolean): string {
  const name = bold ? `*${escapeMrkdwn(side.name)}*` : escapeMrkdwn(side.name);
  return side.code ? `${name} (${escapeMrkdwn(side.code)})` : name;
}

function verdict(guide: Guide, { side, mixed }: Recommendation): string {
  const [first, second] = guide.sides;
  if (side) return W.takeFirst(certification(side, true));
  if (mixed) return W.bothWays(certification(first, true), certification(second, true));
  return W.undecided;
}

/** One line per reason; when no side leads, each line says which side it points to. */
function whyText(guide: Guide, { side, reasons }: Recommendation): string {
  const lines = reasons.map((reason) => {
    const line = reasonLine(reason);
    const pointsTo = guide.sides.find((candidate) => candidate.id === reason.side);
    return side || !pointsTo ? line : W.pointsTo(line, escapeMrkdwn(pointsTo.label));
  });
  return [W.whyTitle, ...lines].join('\n');
}

function reasonLine(reason: Reason): string {
  const label = escapeMrkdwn(reason.label);
  if (reason.kind === 'statement') return W.saidStatement(label);
  if (reason.kind === 'role') return W.heldRole(label);
  return W.answered(escapeMrkdwn(reason.question ?? ''), label);
}

function scoreLine(guide: Guide, { scores }: Recommendation): string {
  return guide.sides.map((side) => `${escapeMrkdwn(side.label)} ${scores[side.id] ?? 0}`).join(' · ');
}

function followUps(guide: Guide, { related }: Recommendation, previous?: RecommendInput): Block {
  const sections = related
    .map((id) => guide.sections.find((candidate) => candidate.id === id))
    .filter((found): found is Section => found !== undefined);
  const value = quizButtonValue({ guideId: guide.id, ...(previous ? { previous } : {}) });
  const retake = button({ label: W.retake, actionId: quizActionId(0), value });
  return actions([...topicButtons(sections.map((found) => ({ guide, section: found }))), retake]);
}

function fallbackText(guide: Guide, { side, mixed, reasons }: Recommendation, advice: string): string {
  const [first, second] = guide.sides;
  if (side) {
    const said = reasons.map((reason) => `“${escapeMrkdwn(reason.label)}”`).join(', ');
    return W.fallbackTakeFirst(certification(side, false), said);
  }
  if (mixed) return W.fallbackBoth(certification(first, false), certification(second, false), advice);
  return W.fallbackUndecided;
}
