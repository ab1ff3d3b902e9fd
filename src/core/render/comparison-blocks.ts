import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import type { CellValue, ComparisonRow, Guide, Section } from '../guide.js';
import { chunk } from './chunk.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { inlineMrkdwn } from './markdown-to-mrkdwn.js';
import { ratingBar } from './rating-bar.js';
import { sideHeading } from './side-heading.js';

/**
 * A section's comparison as two columns of section fields, a block's worth at a time: first the side
 * headings, then one field per side for every row. Fields come in pairs and Slack allows ten a block, so
 * each block holds an even number and the columns stay aligned. One-sided sections have no comparison.
 */
export function comparisonFields(guide: Guide, section: Section): string[][] {
  if (section.side !== undefined || section.comparison.length === 0) return [];
  const fields = guide.sides.map(sideHeading);
  for (const row of section.comparison) {
    for (const side of guide.sides)
      fields.push(cellField(row, row.cells[side.id], section.rated ? guide.ratingScale : undefined));
  }
  return chunk(fields, L.sectionFields);
}

function cellField(
  row: ComparisonRow,
  cell: CellValue | undefined,
  scale: readonly string[] | undefined,
): string {
  const value = cellMrkdwn(cell, scale);
  return row.aspect.trim() === '' ? value : `*${inlineMrkdwn(row.aspect)}*\n${value}`;
}

function cellMrkdwn(cell: CellValue | undefined, scale: readonly string[] | undefined): string {
  if (cell === undefined) return '—';
  if (typeof cell !== 'string') return cell.map((item) => `• ${inlineMrkdwn(item)}`).join('\n');
  return scale ? escapeMrkdwn(ratingBar(cell, scale)) : inlineMrkdwn(cell);
}
