/** One message as Slack shows it: avatar, name, time, the text or blocks, and its thread. */
import { renderBlocks } from './blocks.js';
import { h, timeOf } from './dom.js';
import { icon } from './icons.js';
import { richText } from './rich-text.js';
import { publicCount } from './thread-pane.js';
import { WORDS } from './words.js';

/** @typedef {import('../display/display-types.js').MessageView} MessageView */
/** @typedef {import('../display/display-types.js').PersonView} PersonView */

/**
 * What a message needs from the page around it.
 * @typedef {object} MessageContext
 * @property {(message: MessageView, actionId: string, values?: string[]) => Promise<void>} act
 * @property {(threadTs: string) => MessageView[]} replies
 * @property {((threadTs: string) => void) | undefined} openThread  Absent inside the thread pane.
 */

/** @param {PersonView} person @param {string} [size] */
export function avatar(person, size = '') {
  const initials = person.kind === 'bot' ? 'CP' : person.name.slice(0, 1).toUpperCase();
  return h('span', { className: `avatar ${person.kind} ${size}`.trim(), attrs: { 'aria-hidden': 'true' } }, [
    initials,
  ]);
}

function eyeIcon() {
  return icon('eye');
}

/** @param {MessageView} message @param {MessageContext} context */
function threadSummary(message, context) {
  const openThread = context.openThread;
  if (!openThread) return null;
  const replies = context.replies(message.ts);
  const last = replies.at(-1);
  if (!last) return null;
  const people = [...new Map(replies.map((r) => [r.author.id, r.author])).values()].slice(0, 3);
  return h('div', { className: 'thread-summary' }, [
    ...people.map((person) => avatar(person, 'tiny')),
    h(
      'button',
      { className: 'thread-link', attrs: { type: 'button' }, on: { click: () => openThread(message.ts) } },
      [publicCount(replies) > 0 ? WORDS.replies(publicCount(replies)) : WORDS.viewThread],
    ),
    h('span', { className: 'thread-last' }, [WORDS.lastReply(timeOf(last.ts))]),
  ]);
}

/**
 * @param {MessageView} message
 * @param {MessageContext} context
 * @returns {HTMLElement}
 */
export function renderMessage(message, context) {
  const { author } = message;
  const host = {
    act: (/** @type {string} */ actionId, /** @type {string[] | undefined} */ values) =>
      context.act(message, actionId, values),
  };
  const body = message.blocks?.length
    ? renderBlocks(message.blocks, host)
    : h('div', { className: 'msg-text' }, [richText(message.text)]);
  return h(
    'div',
    {
      className: `msg${message.ephemeral ? ' ephemeral' : ''}`,
      attrs: { 'data-ts': message.ts, 'data-author': author.id, 'data-ephemeral': String(message.ephemeral) },
    },
    [
      message.ephemeral &&
        h('div', { className: 'msg-ephemeral-label' }, [eyeIcon(), WORDS.onlyVisibleToYou]),
      h('div', { className: 'msg-row' }, [
        avatar(author),
        h('div', { className: 'msg-content' }, [
          h('div', { className: 'msg-meta' }, [
            h('span', { className: 'msg-author' }, [author.name]),
            author.kind === 'bot' && h('span', { className: 'badge' }, [WORDS.app]),
            h('time', { className: 'msg-time' }, [timeOf(message.ts)]),
          ]),
          h('div', { className: 'msg-body' }, [
            body,
            message.edited && h('span', { className: 'msg-edited' }, [` ${WORDS.edited}`]),
          ]),
          h('div', { className: 'msg-note', attrs: { role: 'status' } }),
          threadSummary(message, context),
        ]),
      ]),
    ],
  );
}
