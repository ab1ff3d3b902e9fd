/**
 * What the playground page is sent: the workspace already digested into safe, typed pieces.
 * The server parses mrkdwn and Block Kit (display/*.ts); the page only turns these into DOM
 * nodes with textContent. Types only, so the browser code can import them in JSDoc.
 */

/** One piece of formatted text, as Slack would show it. */
export type RichNode =
  | { kind: 'text'; text: string }
  | { kind: 'bold' | 'italic' | 'strike'; children: RichNode[] }
  | { kind: 'code'; text: string }
  | { kind: 'pre'; text: string }
  | { kind: 'quote'; children: RichNode[] }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'link'; href: string; children: RichNode[] }
  | { kind: 'mention'; label: string; target: 'user' | 'me' | 'channel' | 'broadcast' }
  | { kind: 'emoji'; name: string; char: string }
  | { kind: 'break' };

/** A list line: its marker as written (`•`, `1.`) and what follows it. */
export interface ListItem {
  marker: string;
  indent: number;
  children: RichNode[];
}

/** Formatted text: mrkdwn parsed, or plain text with its emoji codes turned into emoji. */
export type RichText = RichNode[];

export interface OptionView {
  value: string;
  text: RichText;
  description?: RichText;
}

export type ElementView =
  | { type: 'button'; actionId: string; text: string; style?: 'primary' | 'danger'; url?: string }
  | { type: 'overflow'; actionId: string; options: OptionView[] }
  | {
      type: 'static_select';
      actionId: string;
      placeholder: string;
      options: OptionView[];
      initial: string[];
      multi: boolean;
    }
  | { type: 'checkboxes'; actionId: string; options: OptionView[]; initial: string[] }
  | { type: 'radio_buttons'; actionId: string; options: OptionView[]; initial: string[] }
  | {
      type: 'text_input';
      actionId: string;
      placeholder: string;
      multiline: boolean;
      initial: string;
    }
  | { type: 'image'; url: string; alt: string }
  | { type: 'unsupported'; elementType: string };

export type BlockView =
  | { type: 'header'; text: string }
  | {
      type: 'section';
      blockId: string;
      text?: RichText;
      fields: RichText[];
      accessory?: ElementView;
      /**
       * Two columns side by side whose first pair of fields names them (a comparison): the
       * names, in plain text, so the page can tell a screen reader which side each cell is on.
       */
      columns?: [string, string];
    }
  | { type: 'divider' }
  | { type: 'context'; elements: (RichText | { image: string; alt: string })[] }
  | { type: 'actions'; blockId: string; elements: ElementView[] }
  | {
      type: 'input';
      blockId: string;
      label: string;
      hint?: string;
      optional: boolean;
      element: ElementView;
    }
  | { type: 'image'; url: string; alt: string; title?: string }
  | { type: 'unsupported'; blockType: string };

/** Someone who writes in the workspace. */
export interface PersonView {
  id: string;
  name: string;
  kind: 'human' | 'bot' | 'slackbot';
}

/** A message as the page's user sees it. */
export interface MessageView {
  ts: string;
  channel: string;
  /** Set on replies only (never on a thread's parent). */
  threadTs?: string;
  author: PersonView;
  /** Only the page's user sees it. */
  ephemeral: boolean;
  edited: boolean;
  deleted: boolean;
  /** Shown when there are no blocks; with blocks, `text` is only the notification fallback. */
  text: RichText;
  blocks?: BlockView[];
}

/** A modal or the Home tab. */
export interface SurfaceView {
  id: string;
  type: 'modal' | 'home';
  open: boolean;
  title: string;
  submit?: string;
  close?: string;
  blocks: BlockView[];
  /** Changes with every update, so the page knows to reset a modal's form. */
  hash: string;
}

/** A conversation in the sidebar. */
export interface ChannelView {
  id: string;
  /** What the sidebar shows: `#general`, or the DM partner's name. */
  label: string;
  kind: 'channel' | 'im';
  botIsMember: boolean;
}

/** Everything the page needs on load (and again on every reconnect). */
export interface PlaygroundSnapshot {
  me: PersonView;
  bot: PersonView;
  /** The slash command, e.g. `/certpath`. */
  command: string;
  channels: ChannelView[];
  messages: MessageView[];
  surfaces: SurfaceView[];
}

/** What the page's event stream sends after the snapshot. */
export type StreamEvent =
  | { type: 'snapshot'; snapshot: PlaygroundSnapshot }
  | { type: 'message'; message: MessageView }
  | { type: 'surface'; surface: SurfaceView }
  | { type: 'channel'; channel: ChannelView };

/** The answer to a user action the page posted. */
export interface ActionReply {
  ok: boolean;
  /** Slack's error name, shown as Slack would (e.g. `operation_timeout`). */
  error?: string;
  /** After a modal submission: what became of it. */
  outcome?: string;
  /** `response_action: errors`: block_id → message. */
  errors?: Record<string, string>;
}
