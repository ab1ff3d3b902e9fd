/**
 * A list of messages kept in ts order, updated node by node so that scrolling, focus and
 * half-made choices survive other messages arriving.
 */
import { compareTs } from './store.js';

/** @typedef {import('../display/display-types.js').MessageView} MessageView */

const GROUP_WINDOW_S = 5 * 60;

export class MessageList {
  /**
   * @param {HTMLElement} element  The container (the channel's log, or a thread's replies).
   * @param {(message: MessageView) => HTMLElement} render
   */
  constructor(element, render) {
    this.element = element;
    this.render = render;
  }

  /** @param {readonly MessageView[]} messages @param {Node[]} [before]  Shown above the messages. */
  reset(messages, before = []) {
    this.element.replaceChildren(...before, ...messages.map((m) => this.render(m)));
    this.regroup();
  }

  /** Adds a message in its place, or redraws it (focus inside it stays inside it). @param {MessageView} message */
  upsert(message) {
    const node = this.render(message);
    const existing = this.find(message.ts);
    if (existing) {
      const hadFocus = existing.contains(document.activeElement);
      const actionId = hadFocus ? document.activeElement?.getAttribute('data-action-id') : null;
      existing.replaceWith(node);
      if (hadFocus) keepFocus(node, actionId);
    } else {
      const later = [...this.nodes()].find((n) => compareTs(n.dataset.ts ?? '', message.ts) > 0);
      this.element.insertBefore(node, later ?? null);
    }
    this.regroup();
  }

  /** @param {string} ts */
  remove(ts) {
    this.find(ts)?.remove();
    this.regroup();
  }

  /** @param {string} ts */
  find(ts) {
    return [...this.nodes()].find((n) => n.dataset.ts === ts);
  }

  nodes() {
    return /** @type {NodeListOf<HTMLElement>} */ (this.element.querySelectorAll(':scope > .msg'));
  }

  /** Slack folds a run of messages by one person, a few minutes apart, under one name and avatar. */
  regroup() {
    /** @type {HTMLElement | undefined} */
    let previous;
    for (const node of this.nodes()) {
      const gap = previous
        ? Number.parseFloat(node.dataset.ts ?? '0') - Number.parseFloat(previous.dataset.ts ?? '0')
        : Infinity;
      const continued =
        previous !== undefined &&
        previous.dataset.author === node.dataset.author &&
        previous.dataset.ephemeral === 'false' &&
        node.dataset.ephemeral === 'false' &&
        !previous.querySelector('.thread-summary') &&
        gap < GROUP_WINDOW_S;
      node.classList.toggle('continued', continued);
      previous = node;
    }
  }
}

/**
 * After a redraw took the focused control away (a 👎 that gave way to "Thanks for the
 * feedback"), focus the same control if it is still there, else the message itself, never
 * the top of the page.
 * @param {HTMLElement} node
 * @param {string | null | undefined} actionId
 */
function keepFocus(node, actionId) {
  const same = actionId
    ? [...node.querySelectorAll('[data-action-id]')].find(
        (e) => e.getAttribute('data-action-id') === actionId,
      )
    : undefined;
  if (same instanceof HTMLElement && !same.hasAttribute('disabled')) return same.focus();
  node.tabIndex = -1;
  node.focus();
}
