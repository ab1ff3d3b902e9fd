import type { ElementView, OptionView, RichText } from './display-types.js';
import { type MarkupContext, parseMrkdwn, parsePlainText, plainString } from './mrkdwn.js';

/** A JSON object from a Block Kit payload, read defensively: the page must never trip on one. */
export type Json = Record<string, unknown>;

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SAFE_URL = /^https?:\/\//i;

/** A text object (`plain_text` or `mrkdwn`) as rich text; empty when absent. */
export function textObject(value: unknown, ctx: MarkupContext): RichText {
  if (!isJson(value) || typeof value.text !== 'string') return [];
  return value.type === 'mrkdwn'
    ? parseMrkdwn(value.text, ctx)
    : parsePlainText(value.text, value.emoji !== false);
}

/** A `plain_text` object as one string, emoji codes replaced. */
export function plainOf(value: unknown): string {
  return isJson(value) && typeof value.text === 'string'
    ? plainString(value.text, value.emoji !== false)
    : '';
}

/** An http(s) URL, or undefined: the page links and loads nothing else. */
export function safeUrl(value: unknown): string | undefined {
  return typeof value === 'string' && SAFE_URL.test(value) ? value : undefined;
}

function options(element: Json, ctx: MarkupContext): OptionView[] {
  const groups = Array.isArray(element.option_groups) ? element.option_groups.filter(isJson) : [];
  const all = [
    ...(Array.isArray(element.options) ? element.options : []),
    ...groups.flatMap((g) => (Array.isArray(g.options) ? g.options : [])),
  ];
  return all.filter(isJson).map((o) => ({
    value: String(o.value ?? ''),
    text: textObject(o.text, ctx),
    ...(o.description === undefined ? {} : { description: textObject(o.description, ctx) }),
  }));
}

function initialValues(element: Json): string[] {
  const initial = [
    element.initial_option,
    ...(Array.isArray(element.initial_options) ? element.initial_options : []),
  ];
  return initial.filter(isJson).map((o) => String(o.value ?? ''));
}

function choice(element: Json, actionId: string, ctx: MarkupContext): ElementView {
  const type = String(element.type);
  const opts = options(element, ctx);
  const initial = initialValues(element);
  if (type === 'overflow') return { type, actionId, options: opts };
  if (type === 'checkboxes' || type === 'radio_buttons') return { type, actionId, options: opts, initial };
  const placeholder = plainOf(element.placeholder) || 'Select an item';
  const multi = type === 'multi_static_select';
  return { type: 'static_select', actionId, placeholder, options: opts, initial, multi };
}

/** An interactive (or image) element as the page draws it. */
export function elementView(value: unknown, ctx: MarkupContext): ElementView {
  if (!isJson(value)) return { type: 'unsupported', elementType: 'unknown' };
  const type = String(value.type);
  const actionId = String(value.action_id ?? '');
  switch (type) {
    case 'button': {
      const url = safeUrl(value.url);
      const style = value.style === 'primary' || value.style === 'danger' ? value.style : undefined;
      return {
        type,
        actionId,
        text: plainOf(value.text),
        ...(style ? { style } : {}),
        ...(url ? { url } : {}),
      };
    }
    case 'overflow':
    case 'checkboxes':
    case 'radio_buttons':
    case 'static_select':
    case 'multi_static_select':
      return choice(value, actionId, ctx);
    case 'plain_text_input':
    case 'email_text_input':
    case 'url_text_input':
    case 'number_input': {
      const placeholder = plainOf(value.placeholder);
      const initial = typeof value.initial_value === 'string' ? value.initial_value : '';
      return { type: 'text_input', actionId, placeholder, multiline: value.multiline === true, initial };
    }
    case 'image': {
      const url = safeUrl(value.image_url);
      const alt = String(value.alt_text ?? '');
      return url ? { type, url, alt } : { type: 'unsupported', elementType: type };
    }
    default:
      return { type: 'unsupported', elementType: type };
  }
}
