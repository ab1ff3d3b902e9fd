/** The thread pane beside the channel: the parent message, its replies, and a reply box. */
import { createComposer } from './composer.js';
import { h } from './dom.js';
import { icon } from './icons.js';
import { MessageList } from './message-list.js';
import { WORDS } from './words.js';

/** @typedef {import('../display/display-types.js').MessageView} MessageView */

/**
 * @typedef {object} ThreadHost
 * @property {(message: MessageView) => HTMLElement} render  Draws a message without a thread summary.
 * @property {(threadTs: string, text: string) => Promise<boolean>} reply  Resolves false when it was not sent.
 * @property {() => void} onClose
 */

export class ThreadPane {
  /** @type {MessageView | undefined} */
  parent = undefined;

  /** @param {HTMLElement} root @param {ThreadHost} host */
  constructor(root, host) {
    this.root = root;
    this.host = host;
    this.subtitle = h('span', { className: 'thread-channel' });
    this.parentSlot = h('div', { className: 'thread-parent' });
    this.count = h('div', { className: 'thread-count' });
    const replies = h('div', { className: 'thread-replies' });
    this.list = new MessageList(replies, host.render);
    this.composer = createComposer({
      label: WORDS.reply,
      placeholder: WORDS.replyPlaceholder,
      onSend: async (text) => (this.parent ? host.reply(this.parent.ts, text) : false),
    });
    root.append(
      h('header', { className: 'pane-header' }, [
        h('div', {}, [h('h2', {}, [WORDS.thread]), this.subtitle]),
        h(
          'button',
          {
            className: 'icon-button',
            attrs: { type: 'button', 'aria-label': WORDS.closeThread },
            on: { click: host.onClose },
          },
          [icon('close')],
        ),
      ]),
      h('div', { className: 'thread-scroll' }, [this.parentSlot, this.count, replies]),
      this.composer.element,
    );
  }

  /** @param {MessageView} parent @param {string} channelLabel @param {readonly MessageView[]} replies */
  open(parent, channelLabel, replies) {
    this.parent = parent;
    this.subtitle.textContent = channelLabel;
    this.parentSlot.replaceChildren(this.host.render(parent));
    this.list.reset(replies);
    this.setCount(publicCount(replies));
    this.root.hidden = false;
    this.composer.focus();
  }

  close() {
    this.parent = undefined;
    this.root.hidden = true;
  }

  /** A message changed somewhere; updates the pane when it belongs to the open thread. @param {MessageView} message @param {number} replyCount  Public replies only. */
  update(message, replyCount) {
    if (!this.parent) return;
    if (message.ts === this.parent.ts) {
      if (message.deleted) return this.host.onClose();
      this.parent = message;
      this.parentSlot.replaceChildren(this.host.render(message));
      return;
    }
    if (message.threadTs !== this.parent.ts) return;
    if (message.deleted) this.list.remove(message.ts);
    else this.list.upsert(message);
    this.setCount(replyCount);
    const scroll = this.root.querySelector('.thread-scroll');
    if (scroll) scroll.scrollTop = scroll.scrollHeight;
  }

  /** @param {number} n */
  setCount(n) {
    this.count.textContent = n > 0 ? WORDS.replies(n) : '';
    this.count.hidden = n === 0;
  }
}

/** Slack counts a thread's replies that everyone sees; private (ephemeral) ones are not counted. @param {readonly MessageView[]} replies */
export function publicCount(replies) {
  return replies.filter((r) => !r.ephemeral).length;
}
