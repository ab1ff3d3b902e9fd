import type { Guide } from '../guide.js';
import type { Candidate, MatchResult } from '../matching/match-question.js';
import { TUNING } from '../matching/tuning.js';
import type { Suggestion } from '../render/suggestion.js';

/** How many sections a reply offers: the first, and two beside it. */
const OFFERED = 3;

/**
 * The sections a reply offers, best first: the matcher's first three, with a runner-up replaced by a section
 * of the same guide the classifier finds far likelier (`TUNING.classifier.offerOver` times the runner-up's
 * probability). The first stays: it is the answer, or the "did you mean" pick every rule above decided on.
 */
export function offeredSections(match: MatchResult): Suggestion[] {
  const offered = match.candidates
    .filter((candidate) => candidate.section !== undefined)
    .slice(0, OFFERED)
    .map(toSuggestion);
  const first = offered[0];
  const { odds } = match;
  if (!first || !odds || offered.length < OFFERED) return offered;
  const chance = (suggestion: Suggestion) =>
    suggestion.guide === first.guide ? (odds.get(suggestion.section.id) ?? 0) : 0;
  const likeliest = [...odds]
    .filter(
      ([id]) =>
        !offered.some((suggestion) => suggestion.guide === first.guide && suggestion.section.id === id),
    )
    .sort((a, b) => b[1] - a[1])
    .slice(0, OFFERED - 1);
  for (const [id, probability] of likeliest) {
    const weakest = offered
      .slice(1)
      .reduce((weak, suggestion) => (chance(suggestion) < chance(weak) ? suggestion : weak));
    if (probability <= TUNING.classifier.offerOver * chance(weakest)) continue;
    const section = first.guide.sections.find((candidate) => candidate.id === id);
    if (section) offered[offered.indexOf(weakest)] = suggestionOf(match, first.guide, section);
  }
  return offered;
}

function suggestionOf(match: MatchResult, guide: Guide, section: Guide['sections'][number]): Suggestion {
  const matched = match.candidates.find((candidate) => candidate.section === section);
  return { guide, section, confidence: matched?.confidence ?? 0 };
}

/** A candidate that is a section (not an uncovered topic), as offered to the user. */
export function toSuggestion(candidate: Candidate): Suggestion {
  return { guide: candidate.guide, section: candidate.section!, confidence: candidate.confidence };
}
