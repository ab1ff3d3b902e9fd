/** The bot's App Home tab: whatever view it published, or a note while it opens. */
import { renderBlocks } from './blocks.js';
import { h } from './dom.js';
import { WORDS } from './words.js';

/** @typedef {import('../display/display-types.js').SurfaceView} SurfaceView */

/**
 * @param {HTMLElement} root
 * @param {SurfaceView | undefined} home
 * @param {(viewId: string, actionId: string, values?: string[]) => Promise<void>} act
 */
export function renderHome(root, home, act) {
  if (!home) {
    root.replaceChildren(
      h('p', { className: 'home-loading', attrs: { role: 'status' } }, [WORDS.homeLoading]),
    );
    return;
  }
  const blocks = renderBlocks(home.blocks, { act: (actionId, values) => act(home.id, actionId, values) });
  root.replaceChildren(h('div', { className: 'home-card', attrs: { 'data-view-id': home.id } }, [blocks]));
}
