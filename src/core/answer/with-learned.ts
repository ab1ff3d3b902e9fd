import type { Guide, Section } from '../guide.js';
import type { AskMode, Decision } from './decide-reply.js';

/** The answerer's view of the learned phrasings (src/core/learning/phrasebook.ts). */
export interface LearnedLookup {
  readonly version: number;
  find(question: string): { guideId: string; sectionId: string } | undefined;
}

/** The outcomes an admin's lesson may replace: misses and hesitant answers, never help or small talk. */
const REPLACEABLE = new Set<Decision['kind']>(['answer', 'did-you-mean', 'not-covered']);

/**
 * Applies a learned phrasing: a question an admin taught (or a close variant of it) is answered
 * with the taught section, fully confident. In channel mode a lesson only redirects a message the
 * bot would answer anyway; it never makes the bot speak up about chatter it would ignore.
 */
export function withLearned(
  decision: Decision,
  question: string,
  mode: AskMode,
  learned: LearnedLookup,
  section: (guideId: string, sectionId: string) => { guide: Guide; section: Section } | undefined,
): Decision {
  if (!REPLACEABLE.has(decision.kind)) return decision;
  if (mode === 'channel' && decision.kind !== 'answer') return decision;
  const taught = learned.find(question);
  const found = taught && section(taught.guideId, taught.sectionId);
  if (!found) return decision;
  const suggestions =
    decision.kind === 'answer' || decision.kind === 'did-you-mean' ? decision.suggestions : [];
  return {
    kind: 'answer',
    answer: { ...found, confidence: 1 },
    band: 'best',
    criteria: [],
    suggestions: suggestions.filter((s) => s.section !== found.section),
    learned: true,
  };
}
