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

function blockView(block: Json, index: number, ctx: MarkupContext): BlockView {
  switch (block.type) {
    case 'header':
      return { type: 'header', text: plainOf(block.text) };
    case 'section': {
      const fields = (Array.isArray(block.fields) ? block.fields : []).map((f) => textObject(f, ctx));
      return {
        type: 'section',
        blockId: blockId(block, index),
        ...(block.text === undefined ? {} : { text: textObject(block.text, ctx) }),
        fields,
        ...(block.accessory === undefined ? {} : { accessory: elementView(block.accessory, ctx) }),
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
