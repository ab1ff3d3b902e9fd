import { BLOCK_KIT_LIMITS as L } from './limits.js';
import { checkOptionElement, OPTION_ELEMENT_TYPES } from './option-elements.js';
import { checkString, checkUniqueId, isRecord, report, type ValidationContext } from './problems.js';
import { checkTextObject } from './text-objects.js';

/** Where an element sits; each place accepts a different set of element types. */
export type ElementPlacement = 'accessory' | 'actions' | 'input';

const PICKERS = ['datepicker', 'timepicker', 'datetimepicker'];
const SELECTS = [
  'static_select',
  'multi_static_select',
  'external_select',
  'multi_external_select',
  'users_select',
  'multi_users_select',
  'conversations_select',
  'multi_conversations_select',
  'channels_select',
  'multi_channels_select',
];
const TEXT_INPUTS = [
  'plain_text_input',
  'email_text_input',
  'url_text_input',
  'number_input',
  'rich_text_input',
];
const CHOICES = ['checkboxes', 'radio_buttons'];

const ALLOWED: Record<ElementPlacement, Set<string>> = {
  accessory: new Set(['button', 'overflow', 'image', 'workflow_button', ...SELECTS, ...PICKERS, ...CHOICES]),
  actions: new Set(['button', 'overflow', 'workflow_button', ...SELECTS, ...PICKERS, ...CHOICES]),
  input: new Set([...SELECTS, ...PICKERS, ...CHOICES, ...TEXT_INPUTS, 'file_input']),
};

/** Checks one block element at `path` for the place it sits in. */
export function checkElement(
  ctx: ValidationContext,
  element: unknown,
  path: string,
  placement: ElementPlacement,
): void {
  if (!isRecord(element)) {
    report(ctx, path, 'must be an element object');
    return;
  }
  const type = element.type;
  if (typeof type !== 'string' || !ALLOWED[placement].has(type)) {
    report(ctx, `${path}.type`, `element type "${String(type)}" is not allowed here`);
    return;
  }
  if (type === 'image') {
    checkImageElement(ctx, element, path);
    return;
  }
  checkUniqueId(ctx, element.action_id, `${path}.action_id`, 'action_id');
  if (type === 'button') checkButton(ctx, element, path);
  else if (OPTION_ELEMENT_TYPES.has(type)) checkOptionElement(ctx, element, path);
  else if (type === 'plain_text_input') checkPlainTextInput(ctx, element, path);
  else
    checkTextObject(ctx, element.placeholder, `${path}.placeholder`, { max: L.placeholder, plainOnly: true });
}

function checkButton(ctx: ValidationContext, button: Record<string, unknown>, path: string): void {
  checkTextObject(ctx, button.text, `${path}.text`, { max: L.buttonText, plainOnly: true, required: true });
  checkString(ctx, button.value, `${path}.value`, { max: L.buttonValue });
  checkString(ctx, button.url, `${path}.url`, { max: L.buttonUrl });
  if (button.style !== undefined && button.style !== 'primary' && button.style !== 'danger') {
    report(ctx, `${path}.style`, 'must be primary or danger');
  }
}

function checkPlainTextInput(ctx: ValidationContext, input: Record<string, unknown>, path: string): void {
  checkTextObject(ctx, input.placeholder, `${path}.placeholder`, { max: L.placeholder, plainOnly: true });
  for (const key of ['min_length', 'max_length'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < 0 ||
      value > L.plainTextInputLength
    ) {
      report(ctx, `${path}.${key}`, `must be an integer from 0 to ${L.plainTextInputLength}`);
    }
  }
}

/** Checks an image element (in a section accessory or a context block). */
export function checkImageElement(
  ctx: ValidationContext,
  image: Record<string, unknown>,
  path: string,
): void {
  if (image.image_url === undefined && image.slack_file === undefined) {
    report(ctx, `${path}.image_url`, 'is required (or slack_file)');
  }
  checkString(ctx, image.image_url, `${path}.image_url`, { max: L.imageUrl });
  checkString(ctx, image.alt_text, `${path}.alt_text`, { max: L.imageAltText, required: true });
}
