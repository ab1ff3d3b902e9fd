import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import { parseSectionRef } from './action-ids.js';
import { type FeedbackRef, feedbackValue, parseFeedbackValue } from './feedback-value.js';
import { charLength, truncate } from './truncate.js';

/** What a "Share in channel" button remembers: the answer as the asker saw it, band included. */
export interface ShareRef extends FeedbackRef {
  band: 'best' | 'possible';
}

const BAND_CODES = { best: 'b', possible: 'p' } as const;

/**
 * The share button value: the band's letter, `|`, and the feedback value (guide, section,
 * confidence, question), so the shared copy says what the private one said. The question gives
 * way, as in the feedback value, until the whole fits Slack's button value limit.
 */
export function shareValue(ref: ShareRef): string {
  let question = ref.question;
  for (;;) {
    const feedback = feedbackValue({ ...ref, ...(question === undefined ? {} : { question }) });
    const value = `${BAND_CODES[ref.band]}|${feedback}`;
    if (value.length <= L.buttonValue || !question) return value;
    question = truncate(question, Math.floor(charLength(question) / 2));
  }
}

/**
 * Reads a share button value back. A button from before (`<guideId>/<sectionId>`) reads as a best
 * match with full confidence, which is what it showed; undefined when the value is neither.
 */
export function parseShareValue(value: string): ShareRef | undefined {
  const old = parseSectionRef(value);
  if (old) return { ...old, confidence: 1, band: 'best' };
  const match = /^([bp])\|(.*)$/s.exec(value);
  const ref = match && parseFeedbackValue(match[2]!);
  if (!match || !ref) return undefined;
  return { ...ref, band: match[1] === 'p' ? 'possible' : 'best' };
}
