import type { CellValue } from '../guide.js';

/** A comparison cell as one plain string: lists joined with semicolons. */
export function cellText(cell: CellValue): string {
  return typeof cell === 'string' ? cell : cell.join('; ');
}
