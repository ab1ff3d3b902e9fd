import type { Decision } from '../answer/decide-reply.js';

/** How an unanswered question ended, and the section the bot thought closest. */
export interface UnansweredOutcome {
  outcome: 'not-covered' | 'did-you-mean' | 'low-confidence';
  bestGuess?: { guideId: string; sectionId: string; confidence: number };
}

/**
 * Whether a reply to a question asked of the bot counts as unanswered: "not covered", "did you
 * mean", or an answer of only possible confidence. Sure answers, lessons, help and small talk do not.
 */
export function unansweredOutcome(decision: Decision): UnansweredOutcome | undefined {
  const guess = (s: { guide: { id: string }; section: { id: string }; confidence: number } | undefined) =>
    s ? { bestGuess: { guideId: s.guide.id, sectionId: s.section.id, confidence: s.confidence } } : {};
  switch (decision.kind) {
    case 'not-covered':
      return { outcome: 'not-covered', ...guess(decision.suggestions[0]) };
    case 'did-you-mean':
      return { outcome: 'did-you-mean', ...guess(decision.suggestions[0]) };
    case 'answer':
      return decision.band === 'possible' && !decision.learned
        ? { outcome: 'low-confidence', ...guess(decision.answer) }
        : undefined;
    default:
      return undefined;
  }
}
