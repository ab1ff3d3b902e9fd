/**
 * The playground page: a small Slack. It follows the workspace through the server's stream
 * and turns what its user does into the same requests Slack would send the bot.
 */
import { api, followWorkspace } from './api.js';
import { channelIntro } from './channel-intro.js';
import { createComposer } from './composer.js';
import { byId } from './dom.js';
import { renderHome } from './home.js';
import { renderMessage } from './message.js';
import { MessageList } from './message-list.js';
import { ModalLayer } from './modal.js';
import { note } from './note.js';
import { renderSidebar } from './sidebar.js';
import { Store } from './store.js';
import { ThreadPane } from './thread-pane.js';
import { WORDS } from './words.js';

/** @typedef {import('../display/display-types.js').MessageView} MessageView */
/** @typedef {import('../display/display-types.js').StreamEvent} StreamEvent */
/** @typedef {import('./api.js').ActionTarget} ActionTarget */

const store = new Store();
/** @type {string} `home` or a channel id */
let place = '';
/** @type {Map<string, number>} */
const unread = new Map();

const log = byId('log');
const homeRoot = byId('home');
const botName = () => store.snapshot?.bot.name ?? 'certpath';

/** @param {ActionTarget} target @param {string} actionId @param {string[] | undefined} values @param {string} where */
async function act(target, actionId, values, where) {
  const reply = await api.act(target, actionId, values);
  if (!reply.ok) note(where, WORDS.actionFailed(botName(), reply.error ?? 'error'));
}

const mainContext = {
  act: (/** @type {MessageView} */ m, /** @type {string} */ id, /** @type {string[] | undefined} */ values) =>
    act({ messageTs: m.ts }, id, values, `.msg[data-ts="${m.ts}"] .msg-note`),
  replies: (/** @type {string} */ ts) => store.replies(ts),
  openThread: (/** @type {string} */ ts) => openThread(ts),
};
const threadContext = { ...mainContext, openThread: undefined };
const list = new MessageList(log, (m) => renderMessage(m, mainContext));
const thread = new ThreadPane(byId('thread'), {
  render: (m) => renderMessage(m, threadContext),
  reply: (ts, text) => send(text, ts),
  onClose: () => thread.close(),
});
const composer = createComposer({ label: WORDS.message, placeholder: '', onSend: (text) => send(text) });
byId('composer-slot').replaceWith(composer.element);
const modals = new ModalLayer(byId('modal-root'), byId('app'), {
  submit: api.submit,
  close: api.close,
  act: (viewId, actionId, values) => act({ viewId }, actionId, values, '.modal-note'),
});

/** @param {string} text @param {string} [threadTs] */
async function send(text, threadTs) {
  if (place === 'home') return;
  const reply = await api.compose(place, text, threadTs);
  if (!reply.ok) note('#toast', WORDS.sendFailed);
}

/** @param {string} ts */
function openThread(ts) {
  const parent = store.messages.get(ts);
  const channel = store.snapshot?.channels.find((c) => c.id === parent?.channel);
  if (parent && channel) thread.open(parent, channel.label, store.replies(ts));
}

function scrollToEnd() {
  log.scrollTop = log.scrollHeight;
}

function drawSidebar() {
  const snapshot = store.snapshot;
  if (!snapshot) return;
  renderSidebar(byId('nav'), { channels: snapshot.channels, bot: snapshot.bot, place, unread, onSelect: go });
}

/** Draws the current place from the store (no requests). */
function draw() {
  const channel = store.snapshot?.channels.find((c) => c.id === place);
  const atHome = place === 'home';
  byId('conversation').hidden = atHome;
  homeRoot.hidden = !atHome;
  composer.element.hidden = atHome;
  const title = atHome ? WORDS.homeTitle : (channel?.label ?? '');
  byId('title').replaceChildren(title);
  document.title = WORDS.pageTitle(title);
  byId('topic').textContent = atHome
    ? WORDS.homeTopic(botName())
    : channel?.kind === 'im'
      ? WORDS.dmTopic
      : WORDS.channelTopic(botName(), channel?.botIsMember ?? false);
  if (atHome)
    renderHome(homeRoot, store.home(), (viewId, actionId, values) =>
      act({ viewId }, actionId, values, '#toast'),
    );
  else if (channel) {
    list.reset(store.channelMessages(channel.id), [channelIntro(channel, store.snapshot)]);
    composer.setPlaceholder(WORDS.placeholder(channel.label));
    composer.setHint(WORDS.composerHint(store.snapshot?.command ?? '/certpath', channel.kind === 'im'));
    scrollToEnd();
  }
  drawSidebar();
}

/** Goes somewhere from the sidebar; opening Home or the DM tells the bot, as Slack does each time. @param {string} next */
function go(next) {
  place = next;
  unread.delete(next);
  thread.close();
  draw();
  if (next === 'home') void api.openAppTab('home');
  else composer.focus();
  if (store.snapshot?.channels.find((c) => c.id === next)?.kind === 'im') void api.openAppTab('messages');
}

/** @param {MessageView} message */
function onMessage(message) {
  const isNew = store.putMessage(message);
  const replyCount = message.threadTs
    ? store.replies(message.threadTs).length
    : store.replies(message.ts).length;
  thread.update(message, replyCount);
  if (message.channel !== place) {
    if (isNew && !message.threadTs && message.author.kind !== 'human')
      unread.set(message.channel, (unread.get(message.channel) ?? 0) + 1);
    drawSidebar();
    return;
  }
  const atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
  const shown = message.threadTs ? store.messages.get(message.threadTs) : message;
  if (message.deleted && !message.threadTs) list.remove(message.ts);
  else if (shown) list.upsert(shown);
  if (atEnd || (isNew && message.author.kind === 'human')) scrollToEnd();
}

/** @param {StreamEvent} event */
function onEvent(event) {
  if (event.type === 'snapshot') {
    store.reset(event.snapshot);
    if (place !== 'home' && !event.snapshot.channels.some((c) => c.id === place))
      place = event.snapshot.channels[0]?.id ?? 'home';
    draw();
    modals.sync(store.topModal());
  } else if (event.type === 'message') onMessage(event.message);
  else {
    store.putSurface(event.surface);
    if (event.surface.type === 'home' && place === 'home') draw();
    modals.sync(store.topModal());
  }
}

followWorkspace(onEvent, (online) => {
  const banner = byId('offline');
  banner.hidden = online;
  banner.textContent = online ? '' : WORDS.offline;
});
