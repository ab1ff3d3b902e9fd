import { checkBlocks } from './blocks.js';
import { BLOCK_KIT_LIMITS as L } from './limits.js';
import { findBroadcastMention } from './mentions.js';
import {
  type BlockKitProblem,
  charCount,
  createContext,
  report,
  type ValidationContext,
} from './problems.js';

/** The parts of a chat message (or a `response_url` reply) that Slack validates. */
export interface MessageContent {
  text?: string;
  blocks?: unknown[];
}

/**
 * Everything Slack would reject in a message, plus CertPath's own rule against broadcast
 * mentions. An empty list means the message is good to send.
 */
export function validateMessage(message: MessageContent): BlockKitProblem[] {
  const ctx = createContext(true);
  const hasBlocks = Array.isArray(message.blocks) && message.blocks.length > 0;
  checkFallbackText(ctx, message.text, hasBlocks);
  if (message.blocks !== undefined) {
    checkBlocks(ctx, message.blocks, 'blocks', L.messageBlocks);
    if (ctx.textChars > L.blocksTextChars) {
      report(
        ctx,
        'blocks',
        `text across blocks must be at most ${L.blocksTextChars} characters (is ${ctx.textChars})`,
      );
    }
  }
  return ctx.problems;
}

function checkFallbackText(ctx: ValidationContext, text: unknown, hasBlocks: boolean): void {
  if (text === undefined || text === '') {
    // Slack shows `text` in notifications and to screen readers; with blocks it is the only summary.
    report(
      ctx,
      'text',
      hasBlocks ? 'a fallback text is required with blocks' : 'text or blocks are required',
    );
    return;
  }
  if (typeof text !== 'string') {
    report(ctx, 'text', 'must be a string');
    return;
  }
  const length = charCount(text);
  if (length > L.messageText)
    report(ctx, 'text', `must be at most ${L.messageText} characters (is ${length})`);
  const mention = findBroadcastMention(text);
  if (mention) report(ctx, 'text', `contains the broadcast mention ${mention}, which CertPath never sends`);
}
