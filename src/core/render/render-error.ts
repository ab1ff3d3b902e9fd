import { section } from './block-builders.js';
import { ERROR_WORDS } from './messages.js';
import type { SlackMessage } from './slack-message.js';

/** The reply when something failed inside: an apology, no details (those go to the log). Fine as an ephemeral. */
export function renderError(): SlackMessage {
  return { text: ERROR_WORDS.generic, blocks: [section(ERROR_WORDS.generic)] };
}
