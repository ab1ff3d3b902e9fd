/** The "which one should I take?" recommender: quiz choices in, a side and its reasons out. Pure. */
export { pickQuiz, type QuizPick, type QuizRefusal, quizGuide } from './pick-quiz.js';
export { type Quiz, quizFor } from './quiz.js';
export { quoteCue } from './quote-cue.js';
export {
  CLEAR_SHARE,
  choicesOf,
  isMixed,
  MIXED_MARGIN,
  pointsToASide,
  type Reason,
  type Recommendation,
  recommend,
} from './recommend.js';
export { type ChoiceKind, NoQuizError, UnknownChoiceError } from './recommend-error.js';
export { hasChoices, type RecommendInput } from './recommend-input.js';
export type { Choice } from './resolve-choices.js';
