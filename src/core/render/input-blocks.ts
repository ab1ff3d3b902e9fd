import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import { plainText } from './block-builders.js';
import type { Block, ModalView, PlainText } from './slack-message.js';

/**
 * Input blocks and the choice elements they hold, as plain data: what a form modal is made of.
 * Kept apart from `Block` because only modals carry them; messages and the Home tab never do.
 */

/** One choice in a checkbox group, radio group or select. */
export interface OptionObject {
  text: PlainText;
  value: string;
}

export interface CheckboxesElement {
  type: 'checkboxes';
  action_id: string;
  options: OptionObject[];
  /** Ticked when the modal opens; each must be one of `options`, exactly. */
  initial_options?: OptionObject[];
}

export interface RadioButtonsElement {
  type: 'radio_buttons';
  action_id: string;
  options: OptionObject[];
  initial_option?: OptionObject;
}

export interface StaticSelectElement {
  type: 'static_select';
  action_id: string;
  placeholder: PlainText;
  options: OptionObject[];
  initial_option?: OptionObject;
}

export type InputElement = CheckboxesElement | RadioButtonsElement | StaticSelectElement;

/** A labelled form field; `optional` lets the app, not Slack, decide what an empty form means. */
export interface InputBlock {
  type: 'input';
  block_id: string;
  label: PlainText;
  element: InputElement;
  optional?: boolean;
  hint?: PlainText;
}

/** A modal whose blocks may include inputs. */
export type FormModalView = Omit<ModalView, 'blocks'> & { blocks: (Block | InputBlock)[] };

/** An option whose label is cut to Slack's 75 characters. */
export function option(label: string, value: string): OptionObject {
  return { text: plainText(label, L.optionText), value };
}

/** A checkbox group: the asker may tick any number; Slack allows ten options. */
export function checkboxes(actionId: string, options: OptionObject[]): CheckboxesElement {
  return { type: 'checkboxes', action_id: actionId, options };
}

/** A radio group: the asker picks one; Slack allows ten options. */
export function radioButtons(actionId: string, options: OptionObject[]): RadioButtonsElement {
  return { type: 'radio_buttons', action_id: actionId, options };
}

/** A drop-down of up to 100 options. */
export function staticSelect(
  actionId: string,
  placeholder: string,
  options: OptionObject[],
): StaticSelectElement {
  return {
    type: 'static_select',
    action_id: actionId,
    placeholder: plainText(placeholder, L.placeholder),
    options,
  };
}

export interface InputSpec {
  blockId: string;
  label: string;
  element: InputElement;
  hint?: string;
}

/** An input block marked optional, so that the app, not Slack, decides what an empty form means. */
export function input({ blockId, label, element, hint }: InputSpec): InputBlock {
  return {
    type: 'input',
    block_id: blockId,
    label: plainText(label, L.inputLabel),
    element,
    optional: true,
    ...(hint === undefined ? {} : { hint: plainText(hint, L.inputHint) }),
  };
}
