import { TargetNotFoundError } from '../errors.js';
import { elementOptions, type LocatedElement } from './block-walk.js';

const MULTI = new Set(['checkboxes', 'multi_static_select']);
const SINGLE = new Set(['radio_buttons', 'static_select', 'overflow']);
const TEXT_VALUE = new Set(['plain_text_input', 'email_text_input', 'url_text_input', 'number_input']);

/**
 * What the user picked or typed: option values for choices, one string for text inputs
 * and pickers. Undefined means "as the element starts out".
 */
export type Selection = readonly string[] | undefined;

function pickOptions(element: Record<string, unknown>, values: readonly string[]): Record<string, unknown>[] {
  const options = elementOptions(element);
  return values.map((value) => {
    const option = options.find((o) => o.value === value);
    if (!option) throw new TargetNotFoundError(`option "${value}" of element "${String(element.action_id)}"`);
    return option;
  });
}

function initialSelection(element: Record<string, unknown>): string[] {
  const initial = [
    element.initial_option,
    ...(Array.isArray(element.initial_options) ? element.initial_options : []),
  ];
  const values = initial.map((o) =>
    o && typeof o === 'object' ? (o as { value?: unknown }).value : undefined,
  );
  const text = element.initial_value ?? element.initial_date ?? element.initial_time;
  return [...values, text].filter((v): v is string => typeof v === 'string');
}

/** The `state.values[block_id][action_id]` entry Slack reports for an element. */
export function stateValue(located: LocatedElement, selection: Selection): Record<string, unknown> {
  const { element } = located;
  const type = String(element.type);
  const values = selection ?? initialSelection(element);
  if (MULTI.has(type)) return { type, selected_options: pickOptions(element, values) };
  if (SINGLE.has(type)) return { type, selected_option: pickOptions(element, values.slice(0, 1))[0] ?? null };
  if (TEXT_VALUE.has(type)) return { type, value: values[0] ?? null };
  if (type === 'datepicker') return { type, selected_date: values[0] ?? null };
  if (type === 'timepicker') return { type, selected_time: values[0] ?? null };
  return { type };
}

/** One entry of a block_actions payload's `actions`, as Slack builds it when the user acts. */
export function buildAction(
  located: LocatedElement,
  selection: Selection,
  actionTs: string,
): Record<string, unknown> {
  const { element } = located;
  const base = { action_id: located.actionId, block_id: located.blockId, action_ts: actionTs };
  if (element.type === 'button') {
    const { type, text, value, style } = element;
    return { ...base, type, text, ...(value === undefined ? {} : { value }), ...(style ? { style } : {}) };
  }
  const state = stateValue(located, selection);
  const placeholder = element.placeholder === undefined ? {} : { placeholder: element.placeholder };
  return { ...base, ...state, ...placeholder };
}
