/**
 * Block Kit's overflow menu: a "⋯" button that opens a short menu. It opens upward when there
 * is no room below, and works from the keyboard (arrows, Escape).
 */
import { whileBusy } from './busy.js';
import { h } from './dom.js';
import { richText } from './rich-text.js';
import { WORDS } from './words.js';

/** @typedef {import('../display/display-types.js').ElementView} ElementView */
/** @typedef {import('./elements.js').ElementHost} ElementHost */

let menus = 0;

/** The bottom edge the menu must stay above: its scrolling container's, or the window's. @param {Element} from */
function roomBelow(from) {
  const scroller = from.closest('.log, .thread-scroll, .home, .modal-body');
  const limit = scroller ? scroller.getBoundingClientRect().bottom : window.innerHeight;
  return limit - from.getBoundingClientRect().bottom;
}

/** @param {Extract<ElementView, { type: 'overflow' }>} element @param {ElementHost} host */
export function overflowMenu(element, host) {
  menus += 1;
  const menuId = `overflow-menu-${menus}`;
  const toggle = h(
    'button',
    {
      className: 'bk-button bk-overflow',
      attrs: {
        type: 'button',
        'aria-label': WORDS.moreOptions,
        'aria-haspopup': 'menu',
        'aria-expanded': 'false',
        'aria-controls': menuId,
      },
    },
    ['⋯'],
  );
  const items = element.options.map((option) => {
    const item = h('button', { className: 'bk-menu-item', attrs: { type: 'button', role: 'menuitem' } }, [
      richText(option.text),
    ]);
    item.addEventListener('click', () => {
      setOpen(false);
      toggle.focus();
      void whileBusy(toggle, () => host.act(element.actionId, [option.value]));
    });
    return item;
  });
  const menu = h('div', { className: 'bk-menu', attrs: { role: 'menu', id: menuId, hidden: '' } }, items);
  const setOpen = (/** @type {boolean} */ open) => {
    menu.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (!open) return;
    menu.classList.toggle('up', roomBelow(toggle) < menu.offsetHeight + 8);
    items[0]?.focus();
  };
  toggle.addEventListener('click', () => setOpen(menu.hidden));
  const wrapper = h('div', { className: 'bk-overflow-wrap' }, [toggle, menu]);
  wrapper.addEventListener('focusout', (event) => {
    if (!wrapper.contains(/** @type {Node | null} */ (event.relatedTarget))) setOpen(false);
  });
  wrapper.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !menu.hidden) {
      setOpen(false);
      toggle.focus();
      event.stopPropagation();
    }
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0 || menu.hidden) return;
    event.preventDefault();
    const at = items.indexOf(/** @type {HTMLButtonElement} */ (document.activeElement));
    items[(at + step + items.length) % items.length]?.focus();
  });
  return wrapper;
}
