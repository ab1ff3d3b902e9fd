import type { Quiz } from './quiz.js';
import { UnknownChoiceError } from './recommend-error.js';
import type { RecommendInput } from './recommend-input.js';

/** One thing the asker chose, with where it points and how much it counts. */
export interface Choice {
  kind: 'statement' | 'role' | 'answer';
  /** The statement or role id; `question=option` for an answer, as the CLI writes it. */
  id: string;
  /** What the asker ticked or picked, as the guide words it. */
  label: string;
  /** For an answer: the question it answers. */
  question?: string;
  /** The side it points to; absent for a neutral choice ("Other", "Not sure yet"). */
  side?: string;
  weight: number;
}

/**
 * The asker's choices looked up in the quiz, in the order statements, role, answers. A statement
 * ticked twice counts once. Any id the quiz does not offer throws an UnknownChoiceError naming it.
 */
export function resolveChoices(quiz: Quiz, input: RecommendInput): Choice[] {
  const { recommender, guide } = quiz;
  const choices: Choice[] = [];
  for (const id of new Set(input.statements)) {
    const statement = recommender.statements.find((candidate) => candidate.id === id);
    if (!statement) throw new UnknownChoiceError('statement', id, guide.id);
    choices.push({
      kind: 'statement',
      id,
      label: statement.label,
      side: statement.side,
      weight: statement.weight,
    });
  }
  if (input.role !== undefined) {
    const role = recommender.roles.find((candidate) => candidate.id === input.role);
    if (!role) throw new UnknownChoiceError('role', input.role, guide.id);
    choices.push({ kind: 'role', id: role.id, label: role.label, side: role.side, weight: role.weight });
  }
  for (const [questionId, optionId] of Object.entries(input.answers)) {
    const question = recommender.questions.find((candidate) => candidate.id === questionId);
    if (!question) throw new UnknownChoiceError('question', questionId, guide.id);
    const option = question.options.find((candidate) => candidate.id === optionId);
    if (!option) throw new UnknownChoiceError('option', optionId, guide.id, questionId);
    const id = `${questionId}=${optionId}`;
    choices.push({
      kind: 'answer',
      id,
      label: option.label,
      question: question.label,
      side: option.side,
      weight: option.weight,
    });
  }
  return choices;
}
