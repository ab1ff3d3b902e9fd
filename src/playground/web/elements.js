/**
 * Block Kit's interactive elements as real controls: buttons are <button>s, selects are native
 * <select>s, checkboxes and radio buttons are native inputs with labels.
 */
import { whileBusy } from './busy.js';
import { h } from './dom.js';
import { overflowMenu } from './overflow-menu.js';
import { plainText, richText } from './rich-text.js';
import { WORDS } from './words.js';

/** @typedef {import('../display/display-types.js').ElementView} ElementView */
/** @typedef {import('../display/display-types.js').OptionView} OptionView */

/**
 * Where an element lives and what using it does.
 * @typedef {object} ElementHost
 * @property {(actionId: string, values?: string[]) => Promise<void>} act  Sends block_actions.
 * @property {Map<string, string[]>} [form]  In a modal's input block: values kept for the submission.
 */

let nextId = 0;
/** @param {string} prefix */
export function uniqueId(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * A value change: kept in the form (modal inputs), or sent to the app right away.
 * @param {ElementHost} host
 * @param {string} actionId
 * @param {string[]} values
 * @param {HTMLElement} control
 */
function changed(host, actionId, values, control) {
  if (host.form) host.form.set(actionId, values);
  else void whileBusy(control, () => host.act(actionId, values));
}

/** @param {Extract<ElementView, { type: 'button' }>} element @param {ElementHost} host */
function button(element, host) {
  const node = h(
    'button',
    {
      className: `bk-button ${element.style ?? ''}`.trim(),
      attrs: { type: 'button', 'data-action-id': element.actionId },
    },
    [element.text],
  );
  node.addEventListener('click', () => {
    if (element.url) window.open(element.url, '_blank', 'noopener,noreferrer');
    void whileBusy(node, () => host.act(element.actionId));
  });
  return node;
}

/** @param {Extract<ElementView, { type: 'static_select' }>} element @param {ElementHost} host @param {string} [labelId] */
function select(element, host, labelId) {
  const node = h('select', {
    className: 'bk-select',
    attrs: labelId ? { 'aria-labelledby': labelId } : { 'aria-label': element.placeholder },
  });
  node.multiple = element.multi;
  if (!element.multi)
    node.append(
      h(
        'option',
        { attrs: { value: '', disabled: '', ...(element.initial.length ? {} : { selected: '' }) } },
        [element.placeholder],
      ),
    );
  for (const option of element.options) {
    const item = h('option', { attrs: { value: option.value } }, [plainText(option.text)]);
    item.selected = element.initial.includes(option.value);
    node.append(item);
  }
  if (host.form) host.form.set(element.actionId, [...element.initial]);
  node.addEventListener('change', () => {
    changed(host, element.actionId, [...node.selectedOptions].map((o) => o.value).filter(Boolean), node);
  });
  return node;
}

/** @param {Extract<ElementView, { type: 'checkboxes' | 'radio_buttons' }>} element @param {ElementHost} host */
function choices(element, host) {
  const kind = element.type === 'checkboxes' ? 'checkbox' : 'radio';
  const name = uniqueId(element.actionId);
  const group = h('div', { className: `bk-choices ${kind}` });
  const picked = () => [...group.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.value);
  for (const option of element.options) {
    const input = h('input', { attrs: { type: kind, name, value: option.value } });
    input.checked = element.initial.includes(option.value);
    input.addEventListener('change', () => changed(host, element.actionId, picked(), group));
    group.append(
      h('label', { className: 'bk-choice' }, [
        input,
        h('span', { className: 'bk-choice-text' }, [
          richText(option.text),
          option.description &&
            h('span', { className: 'bk-choice-description' }, [richText(option.description)]),
        ]),
      ]),
    );
  }
  if (host.form) host.form.set(element.actionId, [...element.initial]);
  return group;
}

/** @param {Extract<ElementView, { type: 'text_input' }>} element @param {ElementHost} host @param {string} [labelId] */
function textInput(element, host, labelId) {
  const attrs = { placeholder: element.placeholder, ...(labelId ? { 'aria-labelledby': labelId } : {}) };
  const node = element.multiline
    ? h('textarea', { className: 'bk-text', attrs: { rows: '3', ...attrs } })
    : h('input', { className: 'bk-text', attrs: { type: 'text', ...attrs } });
  node.value = element.initial;
  if (host.form) host.form.set(element.actionId, [element.initial]);
  node.addEventListener('input', () => host.form?.set(element.actionId, [node.value]));
  node.addEventListener('change', () => {
    if (!host.form) changed(host, element.actionId, [node.value], node);
  });
  return node;
}

/**
 * One element as a control.
 * @param {ElementView} element
 * @param {ElementHost} host
 * @param {string} [labelId]  The input block's label, for controls that name themselves by it.
 * @returns {HTMLElement}
 */
export function renderElement(element, host, labelId) {
  switch (element.type) {
    case 'button':
      return button(element, host);
    case 'overflow':
      return overflowMenu(element, host);
    case 'static_select':
      return select(element, host, labelId);
    case 'checkboxes':
    case 'radio_buttons':
      return choices(element, host);
    case 'text_input':
      return textInput(element, host, labelId);
    case 'image':
      return h('img', { className: 'bk-image-element', attrs: { src: element.url, alt: element.alt } });
    case 'unsupported':
      return h('span', { className: 'bk-unsupported' }, [WORDS.unsupportedElement(element.elementType)]);
  }
}
