/** Reading Block Kit in assertions: the action ids and the visible text of a list of blocks. */

function walk(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (typeof value === 'object' && value !== null) {
    visit(value as Record<string, unknown>);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

/** Every `action_id` in the blocks, in reading order. */
export function actionIds(blocks: readonly unknown[] | undefined): string[] {
  const ids: string[] = [];
  walk(blocks ?? [], (node) => {
    if (typeof node.action_id === 'string') ids.push(node.action_id);
  });
  return ids;
}

/** The button with this action id. */
export function button(
  blocks: readonly unknown[] | undefined,
  actionId: string,
): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  walk(blocks ?? [], (node) => {
    if (!found && node.action_id === actionId) found = node;
  });
  return found;
}

/** All text objects' text, joined by newlines: what a reader of the message sees. */
export function allText(blocks: readonly unknown[] | undefined): string {
  const texts: string[] = [];
  walk(blocks ?? [], (node) => {
    if ((node.type === 'mrkdwn' || node.type === 'plain_text') && typeof node.text === 'string')
      texts.push(node.text);
  });
  return texts.join('\n');
}
