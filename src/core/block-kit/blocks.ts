import { checkElement, checkImageElement } from './elements.js';
import { BLOCK_KIT_LIMITS as L } from './limits.js';
import { checkArray, checkUniqueId, isRecord, report, type ValidationContext } from './problems.js';
import { checkText, checkTextObject } from './text-objects.js';

type Block = Record<string, unknown>;
type BlockCheck = (ctx: ValidationContext, block: Block, path: string) => void;

const BLOCK_CHECKS: Record<string, BlockCheck> = {
  section: checkSection,
  header: (ctx, block, path) =>
    checkTextObject(ctx, block.text, `${path}.text`, { max: L.headerText, plainOnly: true, required: true }),
  divider: () => {},
  context: checkContext,
  actions: (ctx, block, path) => {
    const elements = checkArray(ctx, block.elements, `${path}.elements`, { min: 1, max: L.actionsElements });
    for (const [i, element] of (elements ?? []).entries())
      checkElement(ctx, element, `${path}.elements[${i}]`, 'actions');
  },
  input: checkInput,
  image: checkImageBlock,
  markdown: (ctx, block, path) => checkText(ctx, block.text, `${path}.text`, L.markdownText),
  // Rich text is what Slack itself writes for users' messages; its nesting is not ours to police.
  rich_text: (ctx, block, path) =>
    void checkArray(ctx, block.elements, `${path}.elements`, { min: 0, max: 1e6 }),
  file: () => {},
  video: () => {},
};

/** Checks a list of blocks (a message's or a view's) at `path`, up to `maxBlocks`. */
export function checkBlocks(ctx: ValidationContext, blocks: unknown, path: string, maxBlocks: number): void {
  const list = checkArray(ctx, blocks, path, { min: 0, max: maxBlocks });
  for (const [index, block] of (list ?? []).entries()) checkBlock(ctx, block, `${path}[${index}]`);
}

/** Checks one block: its type is known, its block_id unique, and its own fields within limits. */
export function checkBlock(ctx: ValidationContext, block: unknown, path: string): void {
  if (!isRecord(block)) {
    report(ctx, path, 'must be a block object');
    return;
  }
  const check = typeof block.type === 'string' ? BLOCK_CHECKS[block.type] : undefined;
  if (!check) {
    report(ctx, `${path}.type`, `unknown block type "${String(block.type)}"`);
    return;
  }
  checkUniqueId(ctx, block.block_id, `${path}.block_id`, 'block_id');
  check(ctx, block, path);
}

function checkSection(ctx: ValidationContext, block: Block, path: string): void {
  if (block.text === undefined && block.fields === undefined) {
    report(ctx, path, 'a section needs text or fields');
  }
  checkTextObject(ctx, block.text, `${path}.text`, { max: L.sectionText });
  if (block.fields !== undefined) {
    const fields = checkArray(ctx, block.fields, `${path}.fields`, { min: 1, max: L.sectionFields });
    fields?.forEach((field, i) => {
      checkTextObject(ctx, field, `${path}.fields[${i}]`, { max: L.sectionFieldText, required: true });
    });
  }
  if (block.accessory !== undefined) checkElement(ctx, block.accessory, `${path}.accessory`, 'accessory');
}

function checkContext(ctx: ValidationContext, block: Block, path: string): void {
  const elements = checkArray(ctx, block.elements, `${path}.elements`, { min: 1, max: L.contextElements });
  elements?.forEach((element, i) => {
    const elementPath = `${path}.elements[${i}]`;
    if (isRecord(element) && element.type === 'image') checkImageElement(ctx, element, elementPath);
    else checkTextObject(ctx, element, elementPath, { max: L.sectionText, required: true });
  });
}

function checkInput(ctx: ValidationContext, block: Block, path: string): void {
  checkTextObject(ctx, block.label, `${path}.label`, { max: L.inputLabel, plainOnly: true, required: true });
  checkTextObject(ctx, block.hint, `${path}.hint`, { max: L.inputHint, plainOnly: true });
  if (block.element === undefined) report(ctx, `${path}.element`, 'is required');
  else checkElement(ctx, block.element, `${path}.element`, 'input');
  if (block.optional !== undefined && typeof block.optional !== 'boolean') {
    report(ctx, `${path}.optional`, 'must be a boolean');
  }
}

function checkImageBlock(ctx: ValidationContext, block: Block, path: string): void {
  checkImageElement(ctx, block, path);
  checkTextObject(ctx, block.title, `${path}.title`, { max: L.imageTitle, plainOnly: true });
}
