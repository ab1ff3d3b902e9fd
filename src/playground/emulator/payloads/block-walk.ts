/** An interactive element found in a list of blocks, with the ids Slack would report for it. */
export interface LocatedElement {
  element: Record<string, unknown>;
  actionId: string;
  blockId: string;
  /** Inside an input block: Slack sends no block_actions for it unless `dispatch_action` is set. */
  inInput: boolean;
  dispatchAction: boolean;
}

const STATEFUL = new Set([
  'checkboxes',
  'radio_buttons',
  'static_select',
  'multi_static_select',
  'plain_text_input',
  'email_text_input',
  'url_text_input',
  'number_input',
  'datepicker',
  'timepicker',
]);

/** True for a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every element with an action_id in `blocks`, in reading order. */
export function interactiveElements(blocks: readonly unknown[] | undefined): LocatedElement[] {
  const found: LocatedElement[] = [];
  (blocks ?? []).forEach((block, index) => {
    if (!isRecord(block)) return;
    // Slack fills in a block_id for blocks sent without one; a stable stand-in keeps tests readable.
    const blockId = typeof block.block_id === 'string' ? block.block_id : `block-${index}`;
    const inInput = block.type === 'input';
    const dispatchAction = block.dispatch_action === true;
    const candidates = [
      block.accessory,
      block.element,
      ...(Array.isArray(block.elements) ? block.elements : []),
    ];
    for (const element of candidates) {
      if (isRecord(element) && typeof element.action_id === 'string') {
        found.push({ element, actionId: element.action_id, blockId, inInput, dispatchAction });
      }
    }
  });
  return found;
}

/** The element with this action_id, if the blocks have one. */
export function findElement(
  blocks: readonly unknown[] | undefined,
  actionId: string,
): LocatedElement | undefined {
  return interactiveElements(blocks).find((e) => e.actionId === actionId);
}

/** The elements whose value Slack reports in `state.values`. */
export function statefulElements(blocks: readonly unknown[] | undefined): LocatedElement[] {
  return interactiveElements(blocks).filter((e) => STATEFUL.has(String(e.element.type)));
}

/** All option objects of an element, flattening option groups. */
export function elementOptions(element: Record<string, unknown>): Record<string, unknown>[] {
  const direct = Array.isArray(element.options) ? element.options : [];
  const grouped = Array.isArray(element.option_groups)
    ? element.option_groups.flatMap((g) => (isRecord(g) && Array.isArray(g.options) ? g.options : []))
    : [];
  return [...direct, ...grouped].filter(isRecord);
}
