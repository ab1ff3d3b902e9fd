import type { Guide, Section } from '../guide.js';

/** A section offered to the user instead of an answer, with the confidence it was matched with. */
export interface Suggestion {
  guide: Guide;
  section: Section;
  confidence: number;
}
