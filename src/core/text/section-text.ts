import type { Guide, Section } from '../guide.js';
import { cellText } from './cell-text.js';

/** All of a section's words as plain text: what `content export` publishes and what baselines search. */
export function sectionText(guide: Guide, section: Section): string {
  const label = (sideId: string) => guide.sides.find((side) => side.id === sideId)?.label ?? sideId;
  const rows = section.comparison.map((row) =>
    [row.aspect, ...Object.entries(row.cells).map(([side, cell]) => `${label(side)}: ${cellText(cell)}`)]
      .filter(Boolean)
      .join('. '),
  );
  return [
    section.title,
    section.summary,
    ...section.questions,
    section.keywords.join(', '),
    ...rows,
    section.body,
  ]
    .filter((part) => part.trim() !== '')
    .join('\n');
}
