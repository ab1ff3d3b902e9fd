/**
 * The playground page: a small Slack. It follows the workspace through the server's stream
 * and turns what its user does into the same requests Slack would send the bot.
 */
import { api, followWorkspace } from './api.js';
import { channelIntro } from './channel-intro.js';
import { createComposer } from './composer.js';
import { byId } from './dom.js';
import { followLatest } from './follow-latest.js';
import { renderHome } from './home.js';
import { renderMessage } from './message.js';
import { MessageList } from './message-list.js';
import { ModalLayer } from './modal.js';
import { note } from './note.js';
import { phoneMenu } from './phone-menu.js';
import { renderSidebar } from './sidebar.js';
import { Store } from './store.js';
import { publicCount, ThreadPane } from './thread-pane.js';
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
const composer = createComposer({
  label: WORDS.message,
  placeholder: '',
  onSend: (text) => send(text),
  id: 'composer-input',
});
byId('composer-slot').replaceWith(composer.element);
byId('skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  composer.focus();
});
const modals = new ModalLayer(byId('modal-root'), byId('app'), {
  submit: api.submit,
  close: api.close,
  act: (viewId, actionId, values) => act({ viewId }, actionId, values, '.modal-note'),
});

/** @param {string} text @param {string} [threadTs] @returns {Promise<boolean>} whether it was sent */
async function send(text, threadTs) {
  if (place === 'home') return false;
  const reply = await api.compose(place, text, threadTs);
  if (!reply.ok) note('#toast', WORDS.sendFailed);
  return reply.ok;
}

/** @param {string} ts */
function openThread(ts) {
  const parent = store.messages.get(ts);
  const channel = store.snapshot?.channels.find((c) => c.id === parent?.channel);
  if (parent && channel) thread.open(parent, channel.label, store.replies(ts));
}

const latest = followLatest(log);
const scrollToEnd = () => latest.scrollToEnd();
const menu = phoneMenu(byId('app'), byId('menu-button'), byId('sidebar'));

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
  menu.close();
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
  thread.update(message, publicCount(store.replies(message.threadTs ?? message.ts)));
  if (message.channel !== place) {
    if (isNew && !message.threadTs && message.author.kind !== 'human')
      unread.set(message.channel, (unread.get(message.channel) ?? 0) + 1);
    drawSidebar();
    return;
  }
  const follow = latest.following;
  const shown = message.threadTs ? store.messages.get(message.threadTs) : message;
  if (message.deleted && !message.threadTs) list.remove(message.ts);
  else if (shown) list.upsert(shown);
  if (follow || (isNew && message.author.kind === 'human')) scrollToEnd();
}

let loaded = false;

/** @param {StreamEvent} event */
function onEvent(event) {
  if (event.type === 'snapshot') {
    store.reset(event.snapshot);
    if (place !== 'home' && !event.snapshot.channels.some((c) => c.id === place))
      place = event.snapshot.channels[0]?.id ?? 'home';
    draw();
    modals.sync(store.topModal());
    // Ready to type as soon as the page is there.
    if (!loaded && place !== 'home' && !store.topModal()) composer.focus();
    loaded = true;
  } else if (event.type === 'message') onMessage(event.message);
  else if (event.type === 'channel') {
    store.putChannel(event.channel);
    if (event.channel.id === place) draw();
    else drawSidebar();
  } else {
    store.putSurface(event.surface);
    if (event.surface.type === 'home' && place === 'home') draw();
    modals.sync(store.topModal());
  }
}

// A new page is a reloaded client: what only it showed (private messages, an open modal) is gone first.
void api.startSession().finally(() =>
  followWorkspace(onEvent, (online) => {
    const banner = byId('offline');
    banner.hidden = online;
    banner.textContent = online ? '' : WORDS.offline;
  }),
);
