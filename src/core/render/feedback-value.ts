import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import { charLength, truncate } from './truncate.js';

/** What a feedback button remembers about the answer it rates. */
export interface FeedbackRef {
  guideId: string;
  sectionId: string;
  confidence: number;
  question?: string;
}

const QUESTION_MAX = 300;

/**
 * The feedback button value: `{"g":…,"s":…,"c":…,"q":…}`. `<`, `>` and `&` are written as JSON
 * `\u` escapes, so the question parses back unchanged yet `<!channel>` never appears in the payload.
 */
export function feedbackValue(ref: FeedbackRef): string {
  let question = ref.question === undefined ? undefined : truncate(ref.question, QUESTION_MAX);
  for (;;) {
    const value = encode(ref, question);
    if (value.length <= L.buttonValue || !question) return value;
    question = truncate(question, Math.floor(charLength(question) / 2));
  }
}

function encode(ref: FeedbackRef, question: string | undefined): string {
  const payload = {
    g: ref.guideId,
    s: ref.sectionId,
    c: Math.round(ref.confidence * 1000) / 1000,
    ...(question === undefined ? {} : { q: question }),
  };
  return JSON.stringify(payload).replace(
    /[<>&]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Reads a feedback button value back, or undefined when it is not one. */
export function parseFeedbackValue(value: string): FeedbackRef | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { g, s, c, q } = parsed as Record<string, unknown>;
    if (typeof g !== 'string' || typeof s !== 'string' || typeof c !== 'number') return undefined;
    return { guideId: g, sectionId: s, confidence: c, ...(typeof q === 'string' ? { question: q } : {}) };
  } catch {
    return undefined;
  }
}
