import { context, section } from './block-builders.js';
import { SMALL_TALK_WORDS } from './messages.js';
import type { SlackMessage } from './slack-message.js';

/** A short, friendly reply to "hi" or "thanks", with a hint of what to ask next. */
export function renderSmallTalk(kind: 'greeting' | 'thanks', command: string): SlackMessage {
  const text = kind === 'greeting' ? SMALL_TALK_WORDS.greeting : SMALL_TALK_WORDS.thanks;
  const hint =
    kind === 'greeting' ? SMALL_TALK_WORDS.greetingHint(command) : SMALL_TALK_WORDS.thanksHint(command);
  return { text, blocks: [section(text), context(hint)] };
}
