import { findBroadcastMention } from './mentions.js';
import { charCount, isRecord, report, type ValidationContext } from './problems.js';

/** How a particular text field is constrained. */
export interface TextRules {
  max: number;
  plainOnly?: boolean;
  required?: boolean;
}

/**
 * Checks a text object (`{type: 'plain_text'|'mrkdwn', text}`) at `path`. Length problems
 * point at the string itself (`….text`), type problems at `….type`.
 */
export function checkTextObject(
  ctx: ValidationContext,
  value: unknown,
  path: string,
  rules: TextRules,
): void {
  if (value === undefined) {
    if (rules.required) report(ctx, path, 'is required');
    return;
  }
  if (!isRecord(value)) {
    report(ctx, path, 'must be a text object');
    return;
  }
  if (value.type !== 'plain_text' && value.type !== 'mrkdwn') {
    report(ctx, `${path}.type`, 'must be plain_text or mrkdwn');
  } else if (rules.plainOnly && value.type !== 'plain_text') {
    report(ctx, `${path}.type`, 'must be plain_text');
  }
  checkText(ctx, value.text, `${path}.text`, rules.max);
}

/** Checks a non-empty string of text and counts it against the shared text budget. */
export function checkText(ctx: ValidationContext, text: unknown, path: string, max: number): void {
  if (typeof text !== 'string' || text.length === 0) {
    report(ctx, path, 'must be a non-empty string');
    return;
  }
  const length = charCount(text);
  ctx.textChars += length;
  if (length > max) report(ctx, path, `must be at most ${max} characters (is ${length})`);
  const mention = ctx.forbidBroadcastMentions ? findBroadcastMention(text) : undefined;
  if (mention) report(ctx, path, `contains the broadcast mention ${mention}, which CertPath never sends`);
}
