import type { Guide, Recommender, Section } from '../guide.js';

/** A guide's "which one should I take?" quiz: the recommender data and the section that carries it. */
export interface Quiz {
  guide: Guide;
  /** The section whose front matter holds the recommender (the guide's `choose` section). */
  section: Section;
  recommender: Recommender;
}

/**
 * The quiz of a guide, or undefined when no section carries `recommender` data. Any guide whose
 * content has a recommender gets a quiz; nothing in the code names a particular guide.
 */
export function quizFor(guide: Guide): Quiz | undefined {
  const section = guide.sections.find((candidate) => candidate.recommender !== undefined);
  return section?.recommender ? { guide, section, recommender: section.recommender } : undefined;
}
