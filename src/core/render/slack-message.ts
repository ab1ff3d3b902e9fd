/**
 * The Block Kit shapes CertPath sends, as plain data. Only what the renderers use is typed;
 * the adapter passes these objects to Slack's Web API untouched.
 */

/** Text Slack shows as is: headers and button labels. */
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}

/** Text with Slack's own markup: `*bold*`, `_italic_`, `<url|label>`. */
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
}

export type TextObject = PlainText | Mrkdwn;

export interface ButtonElement {
  type: 'button';
  text: PlainText;
  action_id: string;
  value?: string;
  style?: 'primary' | 'danger';
}

export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}

export interface SectionBlock {
  type: 'section';
  text?: TextObject;
  fields?: TextObject[];
  accessory?: ButtonElement;
}

export interface DividerBlock {
  type: 'divider';
}

export interface ContextBlock {
  type: 'context';
  elements: TextObject[];
}

export interface ActionsBlock {
  type: 'actions';
  elements: ButtonElement[];
}

export type Block = HeaderBlock | SectionBlock | DividerBlock | ContextBlock | ActionsBlock;

/** A chat message: `text` is the notification and screen-reader fallback for `blocks`. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** The App Home tab. */
export interface HomeView {
  type: 'home';
  blocks: Block[];
  callback_id?: string;
  private_metadata?: string;
}

/** A modal dialog. */
export interface ModalView {
  type: 'modal';
  title: PlainText;
  blocks: Block[];
  close?: PlainText;
  submit?: PlainText;
  callback_id?: string;
  private_metadata?: string;
}

export type SlackView = HomeView | ModalView;
