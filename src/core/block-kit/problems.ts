import { BLOCK_KIT_LIMITS } from './limits.js';

/** One thing Slack would reject in a message or view, with where it is: `blocks[3].fields[2].text`. */
export interface BlockKitProblem {
  path: string;
  message: string;
}

/**
 * What a validation pass accumulates while it walks blocks: ids must be unique across the
 * whole message or view, and the text budget is shared by every block.
 */
export interface ValidationContext {
  readonly problems: BlockKitProblem[];
  readonly actionIds: Set<string>;
  readonly blockIds: Set<string>;
  /** Characters of text seen so far, for the undocumented `msg_blocks_too_long` budget. */
  textChars: number;
  /** CertPath's own rule: messages never carry `<!channel>`, `<!here>` or `<!everyone>`. */
  readonly forbidBroadcastMentions: boolean;
}

/** A fresh context for one message or view. */
export function createContext(forbidBroadcastMentions: boolean): ValidationContext {
  return { problems: [], actionIds: new Set(), blockIds: new Set(), textChars: 0, forbidBroadcastMentions };
}

/** Records a problem at `path`. */
export function report(ctx: ValidationContext, path: string, message: string): void {
  ctx.problems.push({ path, message });
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Length as Slack counts it: in characters (code points), not UTF-16 units. */
export function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

interface StringRules {
  max: number;
  required?: boolean;
}

/** Checks an optional (or required) string field against a maximum length. */
export function checkString(ctx: ValidationContext, value: unknown, path: string, rules: StringRules): void {
  if (value === undefined) {
    if (rules.required) report(ctx, path, 'is required');
    return;
  }
  if (typeof value !== 'string') {
    report(ctx, path, 'must be a string');
    return;
  }
  if (rules.required && value.length === 0) report(ctx, path, 'must not be empty');
  const length = charCount(value);
  if (length > rules.max) report(ctx, path, `must be at most ${rules.max} characters (is ${length})`);
}

/** Checks that `value` is an array of `min`..`max` items; returns it when it is an array. */
export function checkArray(
  ctx: ValidationContext,
  value: unknown,
  path: string,
  bounds: { min: number; max: number },
): unknown[] | undefined {
  if (!Array.isArray(value)) {
    report(ctx, path, 'must be an array');
    return undefined;
  }
  if (value.length < bounds.min)
    report(ctx, path, `must have at least ${bounds.min} items (has ${value.length})`);
  if (value.length > bounds.max)
    report(ctx, path, `must have at most ${bounds.max} items (has ${value.length})`);
  return value;
}

/** Checks a `block_id` or `action_id`: a string within `max`, unique in its message or view. */
export function checkUniqueId(
  ctx: ValidationContext,
  value: unknown,
  path: string,
  kind: 'block_id' | 'action_id',
): void {
  if (value === undefined) return;
  const max = kind === 'block_id' ? BLOCK_KIT_LIMITS.blockId : BLOCK_KIT_LIMITS.actionId;
  checkString(ctx, value, path, { max, required: true });
  if (typeof value !== 'string') return;
  const seen = kind === 'block_id' ? ctx.blockIds : ctx.actionIds;
  if (seen.has(value)) report(ctx, path, `${kind} "${value}" is used more than once`);
  seen.add(value);
}
