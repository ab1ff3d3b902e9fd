/** The workspace sidebar: Home, the channels, the DM with the bot; unread marks on the others. */

import { h } from './dom.js';
import { icon } from './icons.js';
import { avatar } from './message.js';
import { WORDS } from './words.js';

/** @typedef {import('../display/display-types.js').ChannelView} ChannelView */
/** @typedef {import('../display/display-types.js').PersonView} PersonView */
/** @typedef {'home' | string} Place  `home`, or a channel id. */

/**
 * @param {string} name  The accessible name, exactly what the sidebar entry is called.
 * @param {boolean} selected
 * @param {number} unread
 * @param {() => void} onClick
 * @param {(Node | string)[]} content
 */
function entry(name, selected, unread, onClick, content) {
  return h(
    'button',
    {
      className: `nav-item${selected ? ' selected' : ''}${unread > 0 ? ' unread' : ''}`,
      attrs: { type: 'button', 'aria-label': name, ...(selected ? { 'aria-current': 'page' } : {}) },
      on: { click: onClick },
    },
    [
      ...content,
      unread > 0 && h('span', { className: 'nav-count', attrs: { 'aria-hidden': 'true' } }, [String(unread)]),
    ],
  );
}

/**
 * @param {HTMLElement} nav
 * @param {{ channels: ChannelView[], bot: PersonView, place: Place, unread: Map<string, number>, onSelect: (place: Place) => void }} state
 */
export function renderSidebar(nav, { channels, bot, place, unread, onSelect }) {
  const item = (/** @type {ChannelView} */ channel) => {
    const content =
      channel.kind === 'im'
        ? [
            avatar(bot, 'small'),
            h('span', { className: 'nav-label' }, [channel.label]),
            h('span', { className: 'badge' }, [WORDS.app]),
          ]
        : [icon('hash'), h('span', { className: 'nav-label' }, [channel.label.slice(1)])];
    return entry(
      channel.label,
      place === channel.id,
      unread.get(channel.id) ?? 0,
      () => onSelect(channel.id),
      content,
    );
  };
  nav.replaceChildren(
    entry(WORDS.home, place === 'home', 0, () => onSelect('home'), [
      icon('home'),
      h('span', { className: 'nav-label' }, [WORDS.home]),
    ]),
    h('div', { className: 'nav-section' }, [WORDS.channels]),
    ...channels.filter((c) => c.kind === 'channel').map(item),
    h('div', { className: 'nav-section' }, [WORDS.directMessages]),
    ...channels.filter((c) => c.kind === 'im').map(item),
  );
}
