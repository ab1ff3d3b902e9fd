/**
 * The quiz modal's ids: a contract with the Slack adapter (which routes the submission by
 * callback id and answers validation errors by block id) and with parseQuizSubmission.
 * Every input's action_id equals its block_id, so `state.values[id][id]` reads it back.
 */

/** `callback_id` of the quiz modal; the adapter registers its view_submission handler for it. */
export const QUIZ_CALLBACK_ID = 'certpath.quiz.submit';

export const QUIZ_BLOCK_IDS = {
  /** The n-th checkbox group of statements (Slack allows ten options a group): `certpath.quiz.statements.0`, … */
  statements: (n: number) => `certpath.quiz.statements.${n}`,
  /** The "current role" drop-down. */
  role: 'certpath.quiz.role',
  /** The radio group of one question: `certpath.quiz.answer.codes-daily`. */
  answer: (questionId: string) => `certpath.quiz.answer.${questionId}`,
} as const;

/** Where an empty submission's error is shown: the first statements group, which every quiz has. */
export const QUIZ_ERROR_BLOCK_ID = QUIZ_BLOCK_IDS.statements(0);
