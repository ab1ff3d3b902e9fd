import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import type {
  ActionsBlock,
  ButtonElement,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  Mrkdwn,
  PlainText,
  SectionBlock,
} from './slack-message.js';
import { truncate } from './truncate.js';

/**
 * Small builders for the blocks CertPath sends. Each one cuts its text to Slack's limit, so a
 * long title or label degrades to "…" instead of a rejected message.
 */

/** Plain text, cut to `max` characters. */
export function plainText(text: string, max: number): PlainText {
  return { type: 'plain_text', text: truncate(text, max), emoji: true };
}

/** Slack markup, cut to `max` characters. */
export function mrkdwn(text: string, max: number = L.sectionText): Mrkdwn {
  return { type: 'mrkdwn', text: truncate(text, max) };
}

/** A large bold heading. */
export function header(text: string): HeaderBlock {
  return { type: 'header', text: plainText(text, L.headerText) };
}

/** A paragraph of Slack markup, optionally with a button on its right. */
export function section(text: string, accessory?: ButtonElement): SectionBlock {
  return accessory
    ? { type: 'section', text: mrkdwn(text), accessory }
    : { type: 'section', text: mrkdwn(text) };
}

/** A section of two-column fields; callers keep it to ten fields. */
export function fieldsSection(fields: readonly string[]): SectionBlock {
  return { type: 'section', fields: fields.map((field) => mrkdwn(field, L.sectionFieldText)) };
}

/** A thin horizontal rule. */
export function divider(): DividerBlock {
  return { type: 'divider' };
}

/** Small grey print: sources, attributions, hints. */
export function context(...texts: string[]): ContextBlock {
  return { type: 'context', elements: texts.map((text) => mrkdwn(text)) };
}

/** A row of buttons; callers keep it to 25. */
export function actions(elements: ButtonElement[]): ActionsBlock {
  return { type: 'actions', elements };
}

export interface ButtonSpec {
  label: string;
  actionId: string;
  value?: string;
  style?: 'primary' | 'danger';
}

/** A button whose label is cut to Slack's 75 characters. */
export function button({ label, actionId, value, style }: ButtonSpec): ButtonElement {
  return {
    type: 'button',
    text: plainText(label, L.buttonText),
    action_id: actionId,
    ...(value === undefined ? {} : { value }),
    ...(style ? { style } : {}),
  };
}
