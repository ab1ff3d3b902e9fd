import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import type { Guide, Recommender, RecommenderQuestion } from '../guide.js';
import { quizFor } from '../recommend/quiz.js';
import { NoQuizError } from '../recommend/recommend-error.js';
import type { RecommendInput } from '../recommend/recommend-input.js';
import { plainText, section } from './block-builders.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import {
  checkboxes,
  type FormModalView,
  type InputBlock,
  input,
  type OptionObject,
  option,
  radioButtons,
  staticSelect,
} from './input-blocks.js';
import { QUIZ_WORDS } from './messages.js';
import { QUIZ_BLOCK_IDS, QUIZ_CALLBACK_ID } from './quiz-ids.js';
import { statementGroups } from './quiz-statement-groups.js';

export { parseQuizSubmission, type QuizStateValues, quizValidationErrors } from './quiz-submission.js';

export interface QuizModalOptions {
  /** Carried back with the submission; build it with quizPrivateMetadata({ guideId, channelId }). */
  privateMetadata?: string;
  /** Answers to start from ("Retake the quiz"): ticked, picked and answered as before. */
  previous?: RecommendInput;
}

/**
 * The "which one should I take?" quiz as a `views.open` modal: the guide's statements as checkbox
 * groups, the current role as a drop-down, each question as radio buttons. Every input is
 * optional to Slack, so that quizValidationErrors decides what an empty form means. Block ids
 * are in QUIZ_BLOCK_IDS. Throws NoQuizError for a guide without recommender data.
 */
export function renderQuizModal(
  guide: Guide,
  { privateMetadata, previous }: QuizModalOptions = {},
): FormModalView {
  const quiz = quizFor(guide);
  if (!quiz) throw new NoQuizError(guide.id);
  const [first, second] = guide.sides;
  const before = previous ?? { statements: [], answers: {} };
  const blocks = [
    section(QUIZ_WORDS.intro(escapeMrkdwn(first.label), escapeMrkdwn(second.label))),
    ...statementBlocks(guide, quiz.recommender, before),
    ...roleBlocks(quiz.recommender, before),
    ...quiz.recommender.questions.map((question) => questionBlock(question, before)),
  ];
  return {
    type: 'modal',
    callback_id: QUIZ_CALLBACK_ID,
    title: plainText(QUIZ_WORDS.title, L.modalTitle),
    submit: plainText(QUIZ_WORDS.submit, L.modalButton),
    close: plainText(QUIZ_WORDS.close, L.modalButton),
    blocks,
    ...(privateMetadata === undefined ? {} : { private_metadata: privateMetadata }),
  };
}

function statementBlocks(guide: Guide, recommender: Recommender, before: RecommendInput): InputBlock[] {
  return statementGroups(guide, recommender.statements).map((group, n) => {
    const blockId = QUIZ_BLOCK_IDS.statements(n);
    const options = group.map((statement) => option(statement.label, statement.id));
    const ticked = options.filter((choice) => before.statements.includes(choice.value));
    const element = checkboxes(blockId, options);
    return input({
      blockId,
      label: QUIZ_WORDS.statementsLabel(n),
      element: ticked.length > 0 ? { ...element, initial_options: ticked } : element,
      hint: n === 0 ? QUIZ_WORDS.statementsHint : QUIZ_WORDS.fieldHint,
    });
  });
}

/** The option picked before, to start from; Slack wants the very option object back. */
function picked(
  options: readonly OptionObject[],
  value: string | undefined,
): { initial_option?: OptionObject } {
  const found = value === undefined ? undefined : options.find((choice) => choice.value === value);
  return found ? { initial_option: found } : {};
}

/** No block for a guide without roles; a drop-down holds at most 100 options. */
function roleBlocks(recommender: Recommender, before: RecommendInput): InputBlock[] {
  if (recommender.roles.length === 0) return [];
  const options = recommender.roles.slice(0, L.selectOptions).map((role) => option(role.label, role.id));
  const blockId = QUIZ_BLOCK_IDS.role;
  const element = {
    ...staticSelect(blockId, QUIZ_WORDS.rolePlaceholder, options),
    ...picked(options, before.role),
  };
  return [input({ blockId, label: QUIZ_WORDS.roleLabel, element, hint: QUIZ_WORDS.fieldHint })];
}

function questionBlock(question: RecommenderQuestion, before: RecommendInput): InputBlock {
  const blockId = QUIZ_BLOCK_IDS.answer(question.id);
  const options = question.options.map((choice) => option(choice.label, choice.id));
  const element = { ...radioButtons(blockId, options), ...picked(options, before.answers[question.id]) };
  return input({ blockId, label: question.label, element, hint: QUIZ_WORDS.fieldHint });
}
