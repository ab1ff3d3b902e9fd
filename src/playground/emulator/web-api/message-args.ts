import { validateMessage } from '../../../core/block-kit/index.js';
import type { Channel } from '../workspace.js';
import type { WorkspaceState } from '../workspace-state.js';
import { invalidBlocks } from './invalid-blocks.js';
import { fail, type MethodResult } from './method-types.js';

/** A message's content once it has passed Slack's checks. */
export interface MessageContent {
  text: string;
  blocks?: unknown[];
}

/** True when a helper answered with a Web API failure instead of a value. */
export function isFailure<T extends object>(value: T | MethodResult): value is MethodResult {
  return 'ok' in value && value.ok === false;
}

/** Resolves `channel`, failing as Slack does: `channel_not_found`, or `not_in_channel` for the bot. */
export function writableChannel(state: WorkspaceState, channelArg: unknown): Channel | MethodResult {
  const channel = typeof channelArg === 'string' ? state.channel(channelArg) : undefined;
  if (!channel) return fail('channel_not_found');
  if (!channel.botIsMember) return fail('not_in_channel');
  return channel;
}

/**
 * Reads `text` and `blocks` and checks them: `no_text` when both are missing,
 * `invalid_blocks_format` when blocks are not a list, `invalid_blocks` when the validator objects.
 */
export function messageContent(args: Record<string, unknown>): MessageContent | MethodResult {
  const text = typeof args.text === 'string' ? args.text : '';
  const blocks = args.blocks;
  if (blocks !== undefined && !Array.isArray(blocks)) return fail('invalid_blocks_format');
  if (text === '' && (blocks === undefined || blocks.length === 0)) return fail('no_text');
  const problems = validateMessage({ text, ...(blocks ? { blocks } : {}) });
  if (problems.length > 0) return invalidBlocks(problems);
  return blocks ? { text, blocks } : { text };
}

/** The `thread_ts` a post names, as `{ threadTs }` to spread into a stored message (empty when none). */
export function threadOf(args: Record<string, unknown>): { threadTs?: string } {
  return typeof args.thread_ts === 'string' && args.thread_ts !== '' ? { threadTs: args.thread_ts } : {};
}
