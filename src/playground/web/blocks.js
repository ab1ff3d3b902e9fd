/**
 * Block Kit blocks as Slack lays them out: header, section (text, two-column fields,
 * accessory), divider, context, actions, image, and a modal's input blocks.
 */
import { h } from './dom.js';
import { renderElement, uniqueId } from './elements.js';
import { richText } from './rich-text.js';
import { WORDS } from './words.js';

/** @typedef {import('../display/display-types.js').BlockView} BlockView */
/** @typedef {import('./elements.js').ElementHost} ElementHost */

/** @param {Extract<BlockView, { type: 'section' }>} block @param {ElementHost} host */
function section(block, host) {
  const main = h('div', { className: 'bk-section-main' }, [
    block.text && h('div', { className: 'bk-text-block' }, [richText(block.text)]),
    block.fields.length > 0 &&
      h(
        'div',
        { className: 'bk-fields' },
        block.fields.map((field, i) =>
          h('div', { className: 'bk-field' }, [
            // A comparison cell says its side, so a row is not read as one run of text.
            block.columns &&
              i >= 2 &&
              h('span', { className: 'visually-hidden' }, [`${block.columns[i % 2]}: `]),
            richText(field),
          ]),
        ),
      ),
  ]);
  const accessory =
    block.accessory && h('div', { className: 'bk-accessory' }, [renderElement(block.accessory, host)]);
  return h('div', { className: 'bk-section' }, [main, accessory]);
}

/** @param {Extract<BlockView, { type: 'input' }>} block @param {ElementHost} host */
function input(block, host) {
  const labelId = uniqueId('label');
  const grouped = block.element.type === 'checkboxes' || block.element.type === 'radio_buttons';
  return h(
    'div',
    {
      className: 'bk-input',
      attrs: {
        'data-block-id': block.blockId,
        ...(grouped ? { role: 'group', 'aria-labelledby': labelId } : {}),
      },
    },
    [
      h('div', { className: 'bk-input-label', attrs: { id: labelId } }, [
        block.label,
        block.optional && h('span', { className: 'bk-optional' }, [` ${WORDS.optional}`]),
      ]),
      renderElement(block.element, host, labelId),
      block.hint && h('div', { className: 'bk-hint' }, [block.hint]),
      h('div', { className: 'bk-input-error', attrs: { role: 'alert' } }),
    ],
  );
}

/**
 * @param {BlockView} block
 * @param {ElementHost} host
 * @returns {HTMLElement}
 */
function renderBlock(block, host) {
  switch (block.type) {
    case 'header':
      return h('div', { className: 'bk-header', attrs: { role: 'heading', 'aria-level': '3' } }, [
        block.text,
      ]);
    case 'section':
      return section(block, host);
    case 'divider':
      return h('hr', { className: 'bk-divider' });
    case 'context':
      return h(
        'div',
        { className: 'bk-context' },
        block.elements.map((element) =>
          'image' in element
            ? h('img', { className: 'bk-context-image', attrs: { src: element.image, alt: element.alt } })
            : h('span', { className: 'bk-context-text' }, [richText(element)]),
        ),
      );
    case 'actions':
      return h(
        'div',
        { className: 'bk-actions' },
        block.elements.map((element) => renderElement(element, host)),
      );
    case 'input':
      return input(block, host);
    case 'image':
      return h('figure', { className: 'bk-image' }, [
        block.title && h('figcaption', {}, [block.title]),
        h('img', { attrs: { src: block.url, alt: block.alt } }),
      ]);
    case 'unsupported':
      return h('div', { className: 'bk-unsupported' }, [WORDS.unsupportedBlock(block.blockType)]);
  }
}

/**
 * A list of blocks.
 * @param {readonly BlockView[]} blocks
 * @param {ElementHost} host
 */
export function renderBlocks(blocks, host) {
  return h(
    'div',
    { className: 'bk-blocks' },
    blocks.map((block) => renderBlock(block, host)),
  );
}
