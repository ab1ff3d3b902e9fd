import { parseArgs } from 'node:util';
import type { Guide } from '../core/guide.js';
import { type Quiz, quizFor } from '../core/recommend/quiz.js';
import { type Recommendation, recommend } from '../core/recommend/recommend.js';
import { UnknownChoiceError } from '../core/recommend/recommend-error.js';
import { hasChoices, type RecommendInput } from '../core/recommend/recommend-input.js';
import { ACTION_IDS } from '../core/render/action-ids.js';
import { renderRecommendation } from '../core/render/render-recommendation.js';
import type { Block } from '../core/render/slack-message.js';
import { type CliIo, drawingWidth } from './io.js';
import { loadGuidesOrReport } from './load-guides.js';
import { formatQuizList, quizListJson } from './quiz-list.js';
import { renderForTerminal } from './terminal-view.js';
import { UsageError } from './usage.js';

const LIST_HINT = "see 'certpath recommend --list'";

/**
 * `certpath recommend [--statement ID…] [--role ID] [--answer QUESTION=OPTION…] [--guide ID] [--json]`
 * and `certpath recommend --list`: the Slack quiz's recommendation, from the command line.
 */
export async function runRecommend(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args);
  const guides = loadGuidesOrReport(options.content, io);
  if (!guides) return 1;
  const quiz = pickQuiz(guides, options.guide);
  if (!quiz) {
    io.err('certpath: no guide has a quiz (a section with recommender data)');
    return 1;
  }
  if (options.list) {
    io.out(options.json ? JSON.stringify(quizListJson(quiz)) : formatQuizList(quiz));
    return 0;
  }
  const recommendation = recommendOrExplain(quiz.guide, choicesFrom(options));
  const message = renderRecommendation(quiz.guide, recommendation);
  const json = () => JSON.stringify(toJson(quiz.guide, recommendation));
  const terminal = { color: io.isTty, width: drawingWidth(io) };
  io.out(options.json ? json() : renderForTerminal(withoutQuizButtons(message), terminal));
  return 0;
}

/** A terminal cannot open Slack's quiz modal: no "Retake the quiz" button there (run the command again). */
function withoutQuizButtons<M extends { blocks: readonly Block[] }>(message: M): M {
  const blocks = message.blocks
    .map((block) =>
      block.type === 'actions'
        ? { ...block, elements: block.elements.filter((e) => !e.action_id.startsWith(ACTION_IDS.quiz)) }
        : block,
    )
    .filter((block) => block.type !== 'actions' || block.elements.length > 0);
  return { ...message, blocks };
}

function parseOptions(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      statement: { type: 'string', multiple: true, default: [] },
      role: { type: 'string' },
      answer: { type: 'string', multiple: true, default: [] },
      guide: { type: 'string' },
      list: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      content: { type: 'string' },
    },
  });
  return values;
}

/** The quiz input the flags describe; at least one choice is required. */
function choicesFrom(options: ReturnType<typeof parseOptions>): RecommendInput {
  const input: RecommendInput = {
    statements: options.statement,
    ...(options.role === undefined ? {} : { role: options.role }),
    answers: parseAnswers(options.answer),
  };
  if (!hasChoices(input))
    throw new UsageError(`recommend needs a --statement, --role or --answer (${LIST_HINT})`);
  return input;
}

/** The guide asked for with --guide, or else the first guide that has a quiz. */
function pickQuiz(guides: readonly Guide[], id: string | undefined): Quiz | undefined {
  if (id === undefined) return guides.map(quizFor).find((quiz) => quiz !== undefined);
  const guide = guides.find((candidate) => candidate.id === id);
  if (!guide) throw new UsageError(`unknown guide '${id}' (guides: ${guides.map((g) => g.id).join(', ')})`);
  const quiz = quizFor(guide);
  if (!quiz) throw new UsageError(`guide '${id}' has no quiz`);
  return quiz;
}

/** `--answer codes-daily=yes` → `{ 'codes-daily': 'yes' }`; one answer a question. */
function parseAnswers(answers: readonly string[]): Record<string, string> {
  const parsed: Record<string, string> = {};
  for (const answer of answers) {
    const match = /^([^=\s]+)=([^=\s]+)$/.exec(answer);
    if (!match) throw new UsageError(`--answer must be QUESTION=OPTION, not '${answer}'`);
    const [, question, option] = match as unknown as [string, string, string];
    if (question in parsed) throw new UsageError(`--answer ${question} is given more than once`);
    parsed[question] = option;
  }
  return parsed;
}

function recommendOrExplain(guide: Guide, input: RecommendInput): Recommendation {
  try {
    return recommend(guide, input);
  } catch (error) {
    if (error instanceof UnknownChoiceError)
      throw new UsageError(`${error.message} (${LIST_HINT})`, { cause: error });
    throw error;
  }
}

/** The `recommend --json` line: a contract other tools rely on. */
export function toJson(guide: Guide, recommendation: Recommendation) {
  const { side, mixed, scores, reasons, related } = recommendation;
  return {
    guide: guide.id,
    side: side ? { id: side.id, label: side.label, name: side.name, code: side.code ?? null } : null,
    mixed,
    scores,
    reasons,
    related,
  };
}
