/**
 * Rich text (mrkdwn already parsed by the server) as DOM nodes. Text only ever goes in through
 * text nodes; links keep to the http(s)/mailto URLs the server let through.
 */
import { h } from './dom.js';

/** @typedef {import('../display/display-types.js').RichNode} RichNode */

/**
 * @param {readonly RichNode[]} nodes
 * @returns {DocumentFragment}
 */
export function richText(nodes) {
  const fragment = document.createDocumentFragment();
  for (const node of nodes) fragment.append(richNode(node));
  return fragment;
}

/**
 * @param {RichNode} node
 * @returns {Node}
 */
function richNode(node) {
  switch (node.kind) {
    case 'text':
      return document.createTextNode(node.text);
    case 'bold':
      return h('b', {}, [richText(node.children)]);
    case 'italic':
      return h('i', {}, [richText(node.children)]);
    case 'strike':
      return h('s', {}, [richText(node.children)]);
    case 'code':
      return h('code', { className: 'rt-code' }, [node.text]);
    case 'pre':
      return h('pre', { className: 'rt-pre' }, [node.text]);
    case 'quote':
      return h('blockquote', { className: 'rt-quote' }, [richText(node.children)]);
    case 'list':
      return h(
        'div',
        { className: 'rt-list' },
        node.items.map((item) =>
          h('div', { className: `rt-item indent-${item.indent}` }, [
            h('span', { className: 'rt-marker', attrs: { 'aria-hidden': 'true' } }, [item.marker]),
            h('span', { className: 'rt-item-text' }, [richText(item.children)]),
          ]),
        ),
      );
    case 'link':
      return h(
        'a',
        { className: 'rt-link', attrs: { href: node.href, target: '_blank', rel: 'noopener noreferrer' } },
        [richText(node.children)],
      );
    case 'mention':
      return h('span', { className: `rt-mention ${node.target}` }, [node.label]);
    case 'emoji':
      return h(
        'span',
        { className: 'rt-emoji', attrs: { role: 'img', 'aria-label': node.name, title: `:${node.name}:` } },
        [node.char],
      );
    case 'break':
      return h('br');
  }
}

/**
 * Rich text flattened to a string, for places that take plain text (a <select>'s options).
 * @param {readonly RichNode[]} nodes
 * @returns {string}
 */
export function plainText(nodes) {
  return nodes
    .map((node) => {
      if (node.kind === 'text' || node.kind === 'code' || node.kind === 'pre') return node.text;
      if (node.kind === 'emoji') return node.char;
      if (node.kind === 'mention') return node.label;
      if (node.kind === 'break') return ' ';
      if (node.kind === 'list') return node.items.map((item) => plainText(item.children)).join(' ');
      return plainText(node.children);
    })
    .join('');
}
