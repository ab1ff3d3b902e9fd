import {
  BOT,
  CHANNELS,
  type Channel,
  HUMAN,
  type StoredMessage,
  type StoredView,
} from '../emulator/index.js';
import { blockViews } from './display-blocks.js';
import { plainOf } from './display-elements.js';
import type { ChannelView, MessageView, PersonView, SurfaceView } from './display-types.js';
import { type MarkupContext, parseMrkdwn } from './mrkdwn.js';

/** Slackbot, who tells the page's user when Slack itself could not do something (a failed command). */
export const SLACKBOT: PersonView = { id: 'USLACKBOT', name: 'Slackbot', kind: 'slackbot' };

/** The person at the page. */
export const ME: PersonView = { id: HUMAN.id, name: HUMAN.name, kind: 'human' };

/** The CertPath bot user. */
export const BOT_PERSON: PersonView = { id: BOT.userId, name: BOT.name, kind: 'bot' };

const PEOPLE: readonly PersonView[] = [ME, BOT_PERSON, SLACKBOT];

/** Mentions resolve against the emulated workspace; the page's user is "me". */
export const WORKSPACE_MARKUP: MarkupContext = {
  meId: HUMAN.id,
  userName: (id) => PEOPLE.find((p) => p.id === id)?.name,
  channelName: (id) => CHANNELS.find((c) => c.id === id && c.type !== 'im')?.name,
};

function author(message: StoredMessage): PersonView {
  return PEOPLE.find((p) => p.id === message.user) ?? { id: message.user, name: message.user, kind: 'human' };
}

/** A stored message as the page shows it. */
export function messageView(message: StoredMessage): MessageView {
  const isReply = message.threadTs !== undefined && message.threadTs !== message.ts;
  return {
    ts: message.ts,
    channel: message.channel,
    ...(isReply ? { threadTs: message.threadTs } : {}),
    author: author(message),
    ephemeral: message.ephemeralTo !== undefined,
    edited: message.edited !== undefined,
    deleted: message.deleted,
    text: parseMrkdwn(message.text, WORKSPACE_MARKUP),
    ...(message.blocks ? { blocks: blockViews(message.blocks, WORKSPACE_MARKUP) } : {}),
  };
}

/** A stored modal or Home tab as the page shows it. */
export function surfaceView(stored: StoredView): SurfaceView {
  const { view } = stored;
  const submit = plainOf(view.submit);
  const close = plainOf(view.close);
  return {
    id: stored.id,
    type: stored.type,
    open: stored.open,
    title: plainOf(view.title),
    ...(submit ? { submit } : {}),
    ...(close ? { close } : {}),
    blocks: blockViews(Array.isArray(view.blocks) ? view.blocks : [], WORKSPACE_MARKUP),
    hash: stored.hash,
  };
}

/** A conversation as the sidebar shows it. */
export function channelView(c: Channel): ChannelView {
  return {
    id: c.id,
    label: c.type === 'im' ? c.name : `#${c.name}`,
    kind: c.type === 'im' ? 'im' : 'channel',
    botIsMember: c.botIsMember,
  };
}

/** True for a view the page's user sees: their Home tab and their modals. */
export function isMine(stored: StoredView): boolean {
  return stored.userId === HUMAN.id;
}

/** True for a message the page's user sees: everything but ephemeral messages for someone else. */
export function isVisibleToMe(message: StoredMessage): boolean {
  return message.ephemeralTo === undefined || message.ephemeralTo === HUMAN.id;
}
