/**
 * Builds DOM nodes without HTML strings: every piece of text becomes a text node, so nothing
 * a message says can turn into markup.
 */

/** @typedef {Node | string | null | undefined | false} Child */

/**
 * @typedef {object} Props
 * @property {string} [className]
 * @property {Record<string, string>} [attrs]
 * @property {Record<string, (event: any) => void>} [on]
 */

/**
 * An element with attributes, listeners and children (strings become text nodes).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Props} [props]
 * @param {Child[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props = {}, children = []) {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const [name, listener] of Object.entries(props.on ?? {})) element.addEventListener(name, listener);
  append(element, children);
  return element;
}

/**
 * Appends children, skipping empty ones.
 * @param {Element | DocumentFragment} parent
 * @param {Child[]} children
 */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/**
 * The element with this id, which the page's HTML is known to have.
 * @param {string} id
 * @returns {HTMLElement}
 */
export function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element;
}

/**
 * A message ts as Slack shows it: the local time, e.g. "10:42 AM".
 * @param {string} ts
 */
export function timeOf(ts) {
  return new Date(Number(ts.split('.')[0]) * 1000).toLocaleTimeString([], {
    hour: 'numeric',
    minute: '2-digit',
  });
}
