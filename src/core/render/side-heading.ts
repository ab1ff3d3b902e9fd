import type { Side } from '../guide.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';

/** A side as a column heading: `:building_construction: *Architect* · SAA-C03`. */
export function sideHeading(side: Side): string {
  const emoji = side.emoji ? `${side.emoji} ` : '';
  const code = side.code ? ` · ${escapeMrkdwn(side.code)}` : '';
  return `${emoji}*${escapeMrkdwn(side.label)}*${code}`;
}

/** Both sides of a guide on one line: `… *Architect* · SAA-C03 vs … *Developer* · DVA-C02`. */
export function sidesLine(sides: readonly Side[]): string {
  return sides.map(sideHeading).join('  vs  ');
}

/** A side by its full name, for a section about that side only: `:computer: *AWS Certified Developer – Associate* · DVA-C02`. */
export function sideTitle(side: Side): string {
  const emoji = side.emoji ? `${side.emoji} ` : '';
  const code = side.code ? ` · ${escapeMrkdwn(side.code)}` : '';
  return `${emoji}*${escapeMrkdwn(side.name)}*${code}`;
}
