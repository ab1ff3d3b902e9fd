/** Phone width: the sidebar is a menu that the header's Menu button opens over the page. */

/**
 * @param {HTMLElement} app  Gets the `menu-open` class while the menu is open.
 * @param {HTMLElement} button  The Menu button (its aria-expanded follows).
 * @param {HTMLElement} sidebar  Escape inside it closes the menu.
 */
export function phoneMenu(app, button, sidebar) {
  const set = (/** @type {boolean} */ open) => {
    app.classList.toggle('menu-open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => set(!app.classList.contains('menu-open')));
  sidebar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && app.classList.contains('menu-open')) {
      set(false);
      button.focus();
    }
  });
  return { close: () => set(false) };
}
