import type { Guide } from '../guide.js';
import { quizFor } from '../recommend/quiz.js';
import { choicesOf, pointsToASide } from '../recommend/recommend.js';
import { NoQuizError } from '../recommend/recommend-error.js';
import { hasChoices, type RecommendInput } from '../recommend/recommend-input.js';
import { QUIZ_WORDS } from './messages.js';
import { QUIZ_BLOCK_IDS, QUIZ_ERROR_BLOCK_ID } from './quiz-ids.js';
import { statementGroups } from './quiz-statement-groups.js';

/** One element's state as Slack reports it on view_submission, narrowed to what the quiz reads. */
export interface QuizStateValue {
  type?: string;
  /** static_select and radio_buttons: the picked option, or null. */
  selected_option?: { value: string } | null;
  /** checkboxes: every ticked option (an empty list when none). */
  selected_options?: readonly { value: string }[] | null;
}

/** `view.state.values`: block_id → action_id → state. Bolt's `ViewOutput['state']['values']` fits. */
export type QuizStateValues = Readonly<Record<string, Readonly<Record<string, QuizStateValue>> | undefined>>;

/**
 * Reads a quiz submission back into recommend()'s input: the ticked statements (in the guide's
 * order), the role and the answered questions. Ids are passed on as submitted; recommend()
 * checks them. Blocks the quiz does not have are ignored.
 */
export function parseQuizSubmission(guide: Guide, values: QuizStateValues): RecommendInput {
  const quiz = quizFor(guide);
  if (!quiz) throw new NoQuizError(guide.id);
  const { statements, questions } = quiz.recommender;
  const order = (id: string) => statements.findIndex((statement) => statement.id === id);
  const ticked = statementGroups(guide, statements)
    .flatMap((_, n) => stateOf(values, QUIZ_BLOCK_IDS.statements(n))?.selected_options ?? [])
    .map((picked) => picked.value)
    .sort((a, b) => order(a) - order(b));
  const role = stateOf(values, QUIZ_BLOCK_IDS.role)?.selected_option?.value;
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const picked = stateOf(values, QUIZ_BLOCK_IDS.answer(question.id))?.selected_option?.value;
    if (picked !== undefined) answers[question.id] = picked;
  }
  return { statements: ticked, ...(role === undefined ? {} : { role }), answers };
}

/** Each input's action_id equals its block_id (see quiz-ids.ts). */
function stateOf(values: QuizStateValues, id: string): QuizStateValue | undefined {
  return values[id]?.[id];
}

/**
 * What to send back as `response_action: 'errors'`: block_id → message, empty when the
 * submission is fine. An empty form is refused on the first statements group; a form whose only
 * choices point nowhere (the role "Other" alone) is refused on that choice, so the asker hears it
 * before submitting rather than "your answers don't lean either way" after.
 */
export function quizValidationErrors(guide: Guide, input: RecommendInput): Record<string, string> {
  if (!hasChoices(input)) return { [QUIZ_ERROR_BLOCK_ID]: QUIZ_WORDS.nothingChosen };
  const choices = choicesOf(guide, input);
  if (choices.some(pointsToASide)) return {};
  // Slack shows these errors as plain text, so labels go in as written.
  const labels = choices.map((choice) => choice.label).join('”, “');
  const where =
    input.role !== undefined
      ? QUIZ_BLOCK_IDS.role
      : Object.keys(input.answers).length > 0
        ? QUIZ_BLOCK_IDS.answer(Object.keys(input.answers)[0]!)
        : QUIZ_ERROR_BLOCK_ID;
  return { [where]: QUIZ_WORDS.onlyNeutral(labels) };
}
