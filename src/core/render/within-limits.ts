import { validateMessage } from '../block-kit/index.js';
import { section } from './block-builders.js';
import type { SlackMessage } from './slack-message.js';
import { truncate } from './truncate.js';

/** Slack's limit on a message's fallback text shown on its own. */
const PLAIN_TEXT_LIMIT = 3000;

/**
 * The message itself when it keeps every Block Kit limit, else its fallback text alone. A slash command's
 * answer travels inside the acknowledgement, where a rejected message cannot be retried as text: so every
 * reply is checked once, before it is cached, and a message Slack would refuse is never sent.
 */
export function withinLimits(message: SlackMessage): SlackMessage {
  if (validateMessage(message).length === 0) return message;
  const text = truncate(message.text, PLAIN_TEXT_LIMIT);
  return { text, blocks: [section(text)] };
}
