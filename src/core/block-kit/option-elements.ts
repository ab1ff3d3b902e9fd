import { BLOCK_KIT_LIMITS as L } from './limits.js';
import { checkArray, checkString, isRecord, report, type ValidationContext } from './problems.js';
import { checkTextObject } from './text-objects.js';

/** The elements whose content is a list of option objects. */
export const OPTION_ELEMENT_TYPES = new Set([
  'static_select',
  'multi_static_select',
  'overflow',
  'checkboxes',
  'radio_buttons',
]);

const OPTION_BOUNDS: Record<string, { min: number; max: number }> = {
  static_select: { min: 1, max: L.selectOptions },
  multi_static_select: { min: 1, max: L.selectOptions },
  overflow: { min: L.overflowOptionsMin, max: L.overflowOptionsMax },
  checkboxes: { min: 1, max: L.checkboxesOptions },
  radio_buttons: { min: 1, max: L.radioButtonsOptions },
};

/**
 * Checks the options of a select, overflow, checkbox group or radio group. Selects may use
 * `option_groups` instead of `options`; only checkboxes and radio buttons may use mrkdwn.
 */
export function checkOptionElement(
  ctx: ValidationContext,
  element: Record<string, unknown>,
  path: string,
): void {
  const type = String(element.type);
  const plainOnly = type !== 'checkboxes' && type !== 'radio_buttons';
  const isSelect = type === 'static_select' || type === 'multi_static_select';
  if (isSelect)
    checkTextObject(ctx, element.placeholder, `${path}.placeholder`, { max: L.placeholder, plainOnly });
  if (isSelect && element.option_groups !== undefined) {
    if (element.options !== undefined) report(ctx, path, 'must have options or option_groups, not both');
    checkOptionGroups(ctx, element.option_groups, `${path}.option_groups`);
    return;
  }
  const bounds = OPTION_BOUNDS[type] ?? { min: 1, max: L.selectOptions };
  checkOptions(ctx, element.options, `${path}.options`, bounds, plainOnly);
}

function checkOptionGroups(ctx: ValidationContext, groups: unknown, path: string): void {
  const list = checkArray(ctx, groups, path, { min: 1, max: L.selectOptionGroups });
  list?.forEach((group, index) => {
    const groupPath = `${path}[${index}]`;
    if (!isRecord(group)) {
      report(ctx, groupPath, 'must be an option group object');
      return;
    }
    const label = `${groupPath}.label`;
    checkTextObject(ctx, group.label, label, { max: L.optionGroupLabel, plainOnly: true, required: true });
    checkOptions(ctx, group.options, `${groupPath}.options`, { min: 1, max: L.selectOptions }, true);
  });
}

function checkOptions(
  ctx: ValidationContext,
  options: unknown,
  path: string,
  bounds: { min: number; max: number },
  plainOnly: boolean,
): void {
  const list = checkArray(ctx, options, path, bounds);
  for (const [index, option] of (list ?? []).entries())
    checkOption(ctx, option, `${path}[${index}]`, plainOnly);
}

/** Checks one option object: text ≤ 75, value ≤ 150, optional description ≤ 75. */
export function checkOption(ctx: ValidationContext, option: unknown, path: string, plainOnly: boolean): void {
  if (!isRecord(option)) {
    report(ctx, path, 'must be an option object');
    return;
  }
  checkTextObject(ctx, option.text, `${path}.text`, { max: L.optionText, plainOnly, required: true });
  checkString(ctx, option.value, `${path}.value`, { max: L.optionValue, required: true });
  checkTextObject(ctx, option.description, `${path}.description`, { max: L.optionDescription, plainOnly });
}
