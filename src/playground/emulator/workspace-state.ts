import { TsClock } from './slack-ids.js';
import { type StoredView, ViewStore } from './view-store.js';
import { CHANNELS, type Channel, findChannel } from './workspace.js';

/** A message as the emulator stores it: who wrote it, where, and what happened to it since. */
export interface StoredMessage {
  channel: string;
  ts: string;
  threadTs?: string;
  /** Author's user id (the bot's user id for bot messages). */
  user: string;
  /** Set when the bot wrote it. */
  botId?: string;
  text: string;
  blocks?: unknown[];
  /** For an ephemeral message, the only user who sees it. */
  ephemeralTo?: string;
  edited?: { user: string; ts: string };
  deleted: boolean;
}

export type { StoredView } from './view-store.js';

/** What changed, for a page that streams the workspace (SSE) or a test that watches it. */
export type WorkspaceChange =
  | { type: 'message_added' | 'message_changed' | 'message_deleted'; message: StoredMessage }
  | { type: 'view_published' | 'view_opened' | 'view_updated' | 'view_closed'; view: StoredView }
  | { type: 'channel_joined'; channel: Channel };

/** Which messages to list. */
export interface MessageQuery {
  channel?: string;
  /** Only replies in this thread (and its parent). */
  threadTs?: string;
  /** Hide ephemeral messages meant for someone else. */
  visibleTo?: string;
  includeDeleted?: boolean;
}

/** A message to store; the ts is minted here. */
export type NewMessage = Omit<StoredMessage, 'ts' | 'deleted' | 'edited'>;

/** The workspace's mutable content: messages, views, and the listeners that watch them. */
export class WorkspaceState {
  private readonly store: StoredMessage[] = [];
  /** Channels the bot was invited to (`/invite @certpath`) since the workspace started. */
  private readonly invited = new Set<string>();
  private readonly listeners = new Set<(change: WorkspaceChange) => void>();
  /** Modals and Home tabs. */
  readonly views: ViewStore;

  constructor(readonly clock: TsClock = new TsClock()) {
    this.views = new ViewStore(clock, (change) => this.emit(change));
  }

  /** Calls `listener` on every change; returns the function that stops it. Listeners must not throw. */
  subscribe(listener: (change: WorkspaceChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The conversations in sidebar order, with the bot's membership as it is now. */
  get channels(): Channel[] {
    return CHANNELS.map((c) => this.withMembership(c));
  }

  /** Resolves a channel reference (id, name, `#name`, or user id for the DM). */
  channel(ref: string): Channel | undefined {
    const found = findChannel(ref);
    return found && this.withMembership(found);
  }

  /** `/invite @certpath`: the bot joins a channel, and from then on sees its messages. */
  inviteBot(channelId: string): Channel | undefined {
    const channel = this.channel(channelId);
    if (!channel || channel.botIsMember) return undefined;
    this.invited.add(channel.id);
    const joined = this.withMembership(channel);
    this.emit({ type: 'channel_joined', channel: joined });
    return joined;
  }

  /**
   * A reload of the user's Slack client: ephemeral messages and open modals live only in the
   * client, so they are gone (each deletion and closing is announced, for any other open page).
   */
  forgetClientState(userId: string): void {
    for (const message of this.store) {
      if (message.ephemeralTo === userId && !message.deleted) this.deleteMessage(message);
    }
    for (const view of this.views.openModals(userId)) this.views.closeView(view);
  }

  private withMembership(channel: Channel): Channel {
    return this.invited.has(channel.id) ? { ...channel, botIsMember: true } : channel;
  }

  /** Messages in posting order, filtered by `query`. */
  messages(query: MessageQuery = {}): StoredMessage[] {
    return this.store.filter(
      (m) =>
        (query.includeDeleted || !m.deleted) &&
        (query.channel === undefined || m.channel === query.channel) &&
        (query.threadTs === undefined || m.ts === query.threadTs || m.threadTs === query.threadTs) &&
        (query.visibleTo === undefined || m.ephemeralTo === undefined || m.ephemeralTo === query.visibleTo),
    );
  }

  /** The message with this ts (ts values are unique across the workspace), deleted or not. */
  message(ts: string, channel?: string): StoredMessage | undefined {
    return this.store.find((m) => m.ts === ts && (channel === undefined || m.channel === channel));
  }

  /** Stores a new message with a fresh ts. */
  addMessage(input: NewMessage): StoredMessage {
    const message: StoredMessage = { ...input, ts: this.clock.next(), deleted: false };
    this.store.push(message);
    this.emit({ type: 'message_added', message });
    return message;
  }

  /** Replaces a message's text and blocks, marking it edited by `editor`. */
  editMessage(message: StoredMessage, content: { text: string; blocks?: unknown[] }, editor: string): void {
    message.text = content.text;
    message.blocks = content.blocks;
    message.edited = { user: editor, ts: this.clock.next() };
    this.emit({ type: 'message_changed', message });
  }

  /** Marks a message deleted; it stays in the store so a page can show the gap. */
  deleteMessage(message: StoredMessage): void {
    message.deleted = true;
    this.emit({ type: 'message_deleted', message });
  }

  private emit(change: WorkspaceChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
