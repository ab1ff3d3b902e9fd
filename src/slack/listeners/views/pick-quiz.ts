import type { Guide } from '../../../core/guide.js';
import { quizFor } from '../../../core/recommend/index.js';
import { escapeMrkdwn, QUIZ_WORDS } from '../../../core/render/index.js';

/** The guide whose quiz to open, or what to tell the asker instead. */
export type QuizPick = { guide: Guide } | { refusal: string };

/**
 * The guide whose quiz was asked for: the one with `guideId`, or the first guide that has a quiz.
 * A guide without recommender data, an unknown id, or no quiz at all is refused in words.
 */
export function pickQuiz(guides: readonly Guide[], guideId?: string): QuizPick {
  const withQuiz = guides.filter((guide) => quizFor(guide) !== undefined);
  if (guideId === undefined) {
    const [first] = withQuiz;
    return first ? { guide: first } : { refusal: QUIZ_WORDS.noQuizzes };
  }
  const guide = guides.find((candidate) => candidate.id === guideId);
  if (guide) return quizFor(guide) ? { guide } : { refusal: QUIZ_WORDS.noQuiz(escapeMrkdwn(guide.title)) };
  if (withQuiz.length === 0) return { refusal: QUIZ_WORDS.noQuizzes };
  const ids = withQuiz.map((candidate) => `\`${candidate.id}\``).join(', ');
  return { refusal: QUIZ_WORDS.unknownGuide(escapeMrkdwn(guideId), ids) };
}

/** The guide a quiz modal or submission names, when it is loaded and still has a quiz. */
export function quizGuide(guides: readonly Guide[], guideId: string): Guide | undefined {
  const guide = guides.find((candidate) => candidate.id === guideId);
  return guide && quizFor(guide) ? guide : undefined;
}
