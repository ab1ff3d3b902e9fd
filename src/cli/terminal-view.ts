import type { Block, ButtonElement, SectionBlock, TextObject } from '../core/render/slack-message.js';
import { boldLine, mrkdwnToTerminal, styleLines } from './terminal-text.js';
import { displayWidth, padToWidth, wrapText } from './wrap-text.js';

/** How to draw a message in a terminal. */
export interface TerminalOptions {
  /** Columns available; 100 unless told. */
  width?: number;
  /** ANSI bold and dim; off for pipes and tests. */
  color?: boolean;
}

const GUTTER = ' │ ';

/**
 * Any CertPath message (or Home view) as plain text for the CLI: headers underlined, field pairs
 * as two aligned columns, context dimmed, buttons as `[ Label ]`. Falls back to `text` when
 * there are no blocks.
 */
export function renderForTerminal(
  message: { text?: string; blocks: readonly Block[] },
  { width = 100, color = false }: TerminalOptions = {},
): string {
  const drawn = message.blocks
    .map((block) => drawBlock(block, width, color))
    .filter((lines) => lines.length > 0);
  if (drawn.length === 0)
    return styleLines(wrapText(mrkdwnToTerminal(message.text ?? ''), width), { color }).join('\n');
  return drawn.map((lines) => lines.join('\n')).join('\n\n');
}

function drawBlock(block: Block, width: number, color: boolean): string[] {
  switch (block.type) {
    case 'header':
      return drawHeader(block.text.text, width, color);
    case 'section':
      return drawSection(block, width, color);
    case 'divider':
      return [styleLines(['─'.repeat(width)], { color, dim: true })[0]!];
    case 'context':
      return styleLines(wrapText(block.elements.map(plain).join('  ·  '), width), { color, dim: true });
    case 'actions':
      return drawButtons(block.elements, width);
  }
}

function drawHeader(text: string, width: number, color: boolean): string[] {
  const lines = wrapText(text, width);
  const rule = '═'.repeat(Math.min(width, Math.max(...lines.map(displayWidth))));
  return [...lines.map((line) => boldLine(line, color)), rule];
}

function drawSection(block: SectionBlock, width: number, color: boolean): string[] {
  const lines: string[] = [];
  if (block.text) lines.push(...styleLines(wrapText(plain(block.text), width), { color }));
  if (block.fields) lines.push(...drawColumns(block.fields, width, color));
  if (block.accessory) lines.push(...drawButtons([block.accessory], width));
  return lines;
}

/** Fields in pairs, left and right, each pair's rows aligned; pairs separated by a blank line. */
function drawColumns(fields: readonly TextObject[], width: number, color: boolean): string[] {
  const column = Math.max(4, Math.floor((width - GUTTER.length) / 2));
  const lines: string[] = [];
  for (let i = 0; i < fields.length; i += 2) {
    const left = styleLines(wrapText(plain(fields[i]!), column), { color });
    const right = fields[i + 1] ? styleLines(wrapText(plain(fields[i + 1]!), column), { color }) : [];
    if (i > 0) lines.push('');
    for (let row = 0; row < Math.max(left.length, right.length); row += 1) {
      lines.push(`${padToWidth(left[row] ?? '', column)}${GUTTER}${right[row] ?? ''}`.trimEnd());
    }
  }
  return lines;
}

function drawButtons(buttons: readonly ButtonElement[], width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const label of buttons.map((button) => `[ ${button.text.text} ]`)) {
    const candidate = current === '' ? label : `${current}  ${label}`;
    if (displayWidth(candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    // A label wider than the terminal wraps on its own; the next button starts a new line.
    const wrapped = wrapText(label, width);
    current = wrapped.pop() ?? '';
    lines.push(...wrapped);
  }
  return current === '' ? lines : [...lines, current];
}

function plain(text: TextObject): string {
  return text.type === 'mrkdwn' ? mrkdwnToTerminal(text.text) : text.text;
}
