import type { Guide, Side } from '../guide.js';
import type { Quiz } from './quiz.js';

/** Sections worth reading next whatever the pick, when the guide has them. */
const NEXT_STEPS = ['learning-path', 'study-tips', 'difficulty'] as const;
/** The section about taking both, offered first when the answers point both ways. */
const BOTH = 'both';
const MAX_RELATED = 4;

/**
 * Section ids to offer after a recommendation: the recommended side's own section (or, when the
 * answers are mixed, the one about taking both), then the next steps the guide has. A guide with
 * none of these falls back to what its quiz section lists as related.
 */
export function relatedSections(quiz: Quiz, side: Side | undefined, mixed: boolean): string[] {
  const { guide } = quiz;
  const lead = mixed ? [BOTH] : sideSections(guide, side);
  const wanted = [...lead, ...NEXT_STEPS].filter((id) => hasSection(guide, id));
  const ids = wanted.length > 0 ? wanted : quiz.section.related.filter((id) => hasSection(guide, id));
  return [...new Set(ids)].slice(0, MAX_RELATED);
}

function sideSections(guide: Guide, side: Side | undefined): string[] {
  const own = side && guide.sections.find((section) => section.side === side.id);
  return own ? [own.id] : [];
}

function hasSection(guide: Guide, id: string): boolean {
  return guide.sections.some((section) => section.id === id);
}
