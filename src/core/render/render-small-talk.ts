import type { Guide } from '../guide.js';
import type { SmallTalk } from '../matching/small-talk.js';
import { context, section } from './block-builders.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { SMALL_TALK_WORDS } from './messages.js';
import type { SlackMessage } from './slack-message.js';
import { commandToType, type Surface } from './surface.js';

/** The small talk that gets a chatty reply (the rest are commands). */
export type ChattyTalk = Extract<SmallTalk, 'greeting' | 'thanks' | 'acknowledgement'>;

/** A short, friendly reply to "hi", "thanks" or "ok", with a hint of what to type next where it is read. */
export function renderSmallTalk(
  kind: ChattyTalk,
  command: string,
  surface: Surface = 'elsewhere',
): SlackMessage {
  const topics = commandToType('topics', command, surface);
  const text = SMALL_TALK_WORDS[kind];
  const hint =
    kind === 'greeting'
      ? SMALL_TALK_WORDS.greetingHint(topics)
      : kind === 'thanks'
        ? SMALL_TALK_WORDS.thanksHint(topics)
        : SMALL_TALK_WORDS.acknowledgementHint(topics, commandToType('quiz', command, surface));
  return { text, blocks: [section(text), context(hint)] };
}

/** What CertPath is and where its answers come from, for "who made you?" or "what are your answers based on?". */
export function renderAboutBot(
  guides: readonly Guide[],
  command: string,
  surface: Surface = 'elsewhere',
): SlackMessage {
  const titles = guides.map((guide) => `*${escapeMrkdwn(guide.title)}*`).join(', ');
  const text =
    guides.length === 0 ? SMALL_TALK_WORDS.noGuides : SMALL_TALK_WORDS.about(titles, guides.length);
  return {
    text,
    blocks: [section(text), context(SMALL_TALK_WORDS.aboutHint(commandToType('topics', command, surface)))],
  };
}
