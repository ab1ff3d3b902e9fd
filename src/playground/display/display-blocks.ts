import { elementView, isJson, type Json, plainOf, safeUrl, textObject } from './display-elements.js';
import type { BlockView } from './display-types.js';
import type { MarkupContext } from './mrkdwn.js';

function blockId(block: Json, index: number): string {
  // The emulator reports the same stand-in for a block sent without an id.
  return typeof block.block_id === 'string' ? block.block_id : `block-${index}`;
}

function contextBlock(block: Json, ctx: MarkupContext): BlockView {
  const elements = (Array.isArray(block.elements) ? block.elements : []).filter(isJson).map((element) => {
    const image = element.type === 'image' ? safeUrl(element.image_url) : undefined;
    return image ? { image, alt: String(element.alt_text ?? '') } : textObject(element, ctx);
  });
  return { type: 'context', elements };
}

/**
 * Slack lays fields out in two columns. When there are more than two and the first two are
 * one-line names ("🏗️ *Architect* · SAA-C03"), they head the columns of a comparison.
 */
function columnsOf(fields: unknown[]): [string, string] | undefined {
  if (fields.length < 4 || fields.length % 2 !== 0) return undefined;
  const [left, right] = fields.slice(0, 2).map((f) => columnName(plainOf(f)));
  return left && right ? [left, right] : undefined;
}

/** A column head as plain words: no emoji, no mrkdwn marks; undefined unless one short line. */
function columnName(text: string): string | undefined {
  const name = text
    .replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu, '')
    .replace(/:[a-z0-9_+-]+:/g, '')
    .replace(/[*_~`]/g, '')
    .trim();
  return name !== '' && !name.includes('\n') && name.length <= 80 ? name : undefined;
}

function blockView(block: Json, index: number, ctx: MarkupContext): BlockView {
  switch (block.type) {
    case 'header':
      return { type: 'header', text: plainOf(block.text) };
    case 'section': {
      const raw: unknown[] = Array.isArray(block.fields) ? block.fields : [];
      const fields = raw.map((f) => textObject(f, ctx));
      const columns = columnsOf(raw);
      return {
        type: 'section',
        blockId: blockId(block, index),
        ...(block.text === undefined ? {} : { text: textObject(block.text, ctx) }),
        fields,
        ...(block.accessory === undefined ? {} : { accessory: elementView(block.accessory, ctx) }),
        ...(columns ? { columns } : {}),
      };
    }
    case 'divider':
      return { type: 'divider' };
    case 'context':
      return contextBlock(block, ctx);
    case 'actions': {
      const elements = (Array.isArray(block.elements) ? block.elements : []).map((e) => elementView(e, ctx));
      return { type: 'actions', blockId: blockId(block, index), elements };
    }
    case 'input': {
      const hint = plainOf(block.hint);
      return {
        type: 'input',
        blockId: blockId(block, index),
        label: plainOf(block.label),
        ...(hint ? { hint } : {}),
        optional: block.optional === true,
        element: elementView(block.element, ctx),
      };
    }
    case 'image': {
      const url = safeUrl(block.image_url);
      const title = plainOf(block.title);
      if (!url) return { type: 'unsupported', blockType: 'image' };
      return { type: 'image', url, alt: String(block.alt_text ?? ''), ...(title ? { title } : {}) };
    }
    default:
      return { type: 'unsupported', blockType: String(block.type) };
  }
}

/** Block Kit blocks as the page draws them; anything unknown becomes an `unsupported` placeholder. */
export function blockViews(blocks: readonly unknown[], ctx: MarkupContext): BlockView[] {
  return blocks.map((block, index) =>
    isJson(block) ? blockView(block, index, ctx) : { type: 'unsupported', blockType: 'unknown' },
  );
}
