import { checkBlocks } from './blocks.js';
import { BLOCK_KIT_LIMITS as L } from './limits.js';
import {
  type BlockKitProblem,
  checkString,
  createContext,
  isRecord,
  report,
  type ValidationContext,
} from './problems.js';
import { checkTextObject } from './text-objects.js';

/**
 * Everything Slack would reject in a modal or Home tab view (`views.open`, `views.update`,
 * `views.publish`). An empty list means the view is good to send.
 */
export function validateView(view: unknown): BlockKitProblem[] {
  const ctx = createContext(false);
  if (!isRecord(view)) {
    report(ctx, 'view', 'must be a view object');
    return ctx.problems;
  }
  if (view.type === 'modal') checkModalChrome(ctx, view);
  else if (view.type !== 'home') report(ctx, 'type', 'must be modal or home');
  checkBlocks(ctx, view.blocks, 'blocks', L.viewBlocks);
  checkString(ctx, view.private_metadata, 'private_metadata', { max: L.privateMetadata });
  checkString(ctx, view.callback_id, 'callback_id', { max: L.callbackId });
  return ctx.problems;
}

function checkModalChrome(ctx: ValidationContext, view: Record<string, unknown>): void {
  const button = { max: L.modalButton, plainOnly: true };
  checkTextObject(ctx, view.title, 'title', { max: L.modalTitle, plainOnly: true, required: true });
  checkTextObject(ctx, view.submit, 'submit', button);
  checkTextObject(ctx, view.close, 'close', button);
  const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isRecord(b) && b.type === 'input');
  if (hasInput && view.submit === undefined)
    report(ctx, 'submit', 'is required when the view has input blocks');
}
