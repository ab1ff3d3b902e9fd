import type { Guide } from '../guide.js';
import { quizFor } from './quiz.js';

/** Why no quiz can be opened, for the renderer to put in words. */
export type QuizRefusal =
  | { reason: 'no-quizzes' }
  | { reason: 'no-quiz'; guide: Guide }
  | { reason: 'unknown-guide'; guideId: string; quizGuides: readonly Guide[] };

/** The guide whose quiz to open, or why there is none. */
export type QuizPick = { guide: Guide } | { refusal: QuizRefusal };

/**
 * The guide whose quiz was asked for: the one with `guideId`, or the first guide that has a quiz.
 * A guide without recommender data, an unknown id, or no quiz at all is a refusal.
 */
export function pickQuiz(guides: readonly Guide[], guideId?: string): QuizPick {
  const withQuiz = guides.filter((guide) => quizFor(guide) !== undefined);
  if (guideId === undefined) {
    const [first] = withQuiz;
    return first ? { guide: first } : { refusal: { reason: 'no-quizzes' } };
  }
  const guide = guides.find((candidate) => candidate.id === guideId);
  if (guide) return quizFor(guide) ? { guide } : { refusal: { reason: 'no-quiz', guide } };
  if (withQuiz.length === 0) return { refusal: { reason: 'no-quizzes' } };
  return { refusal: { reason: 'unknown-guide', guideId, quizGuides: withQuiz } };
}

/** The guide a quiz modal or submission names, when it is loaded and still has a quiz. */
export function quizGuide(guides: readonly Guide[], guideId: string): Guide | undefined {
  const guide = guides.find((candidate) => candidate.id === guideId);
  return guide && quizFor(guide) ? guide : undefined;
}
