import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import { hasChoices, type RecommendInput } from '../recommend/recommend-input.js';

/** What a quiz button carries: the guide, and on "Retake the quiz" the answers to start from. */
export interface QuizButton {
  guideId: string;
  previous?: RecommendInput;
}

/**
 * A quiz button's value: the bare guide id, or `{"g":…,"s":[…],"r":…,"a":{…}}` when it carries
 * previous answers. Answers that would not fit Slack's 2,000 characters are left out: the quiz then
 * simply starts empty.
 */
export function quizButtonValue({ guideId, previous }: QuizButton): string {
  if (!previous || !hasChoices(previous)) return guideId;
  const value = JSON.stringify({
    g: guideId,
    s: previous.statements,
    ...(previous.role === undefined ? {} : { r: previous.role }),
    a: previous.answers,
  });
  return value.length <= L.buttonValue ? value : guideId;
}

/** Reads a quiz button's value back; undefined when it is neither form. */
export function parseQuizButtonValue(value: string): QuizButton | undefined {
  if (/^[a-z0-9-]+$/.test(value)) return { guideId: value };
  try {
    const { g, s, r, a } = JSON.parse(value) as Record<string, unknown>;
    if (typeof g !== 'string') return undefined;
    const statements = Array.isArray(s) ? s.filter((id): id is string => typeof id === 'string') : [];
    const answers = Object.fromEntries(
      Object.entries(typeof a === 'object' && a !== null ? a : {}).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    return { guideId: g, previous: { statements, ...(typeof r === 'string' ? { role: r } : {}), answers } };
  } catch {
    return undefined;
  }
}
