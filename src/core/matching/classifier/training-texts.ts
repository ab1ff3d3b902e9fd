import type { Guide } from '../../guide.js';
import { cellText } from '../../text/cell-text.js';
import { words } from '../tokenize.js';

/** One text the classifier learns from and the section it belongs to. */
export interface TrainingText {
  section: string;
  text: string;
}

/**
 * What the classifier learns from: each section's title, alternate questions, keywords, summary and
 * comparison rows, one text each — the guide's own words for what each section answers. Bodies are left
 * out: long, and full of words that belong to other sections' topics.
 */
export function trainingTexts(guide: Guide): TrainingText[] {
  return [...guide.sections]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((section) =>
      [
        `${section.id.replace(/-/g, ' ')} ${section.title}`,
        ...section.questions,
        ...section.keywords,
        section.summary,
        ...section.comparison.map(
          (row) => `${row.aspect} ${Object.values(row.cells).map(cellText).join(' ')}`,
        ),
      ]
        .filter((text) => words(text).length > 0)
        .map((text) => ({ section: section.id, text })),
    );
}
