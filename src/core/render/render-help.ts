import { BOT_DISPLAY_NAME } from '../app-names.js';
import type { Guide } from '../guide.js';
import { actions, header, section } from './block-builders.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { exampleQuestions } from './example-questions.js';
import { BUTTON_LABELS, HELP_WORDS } from './messages.js';
import type { Block, SlackMessage } from './slack-message.js';
import type { Surface } from './surface.js';
import { allTopicsButton } from './topic-buttons.js';

export interface HelpInput {
  guides: readonly Guide[];
  /** The slash command's name. */
  command: string;
  /** The bot's display name, as people mention it (manifest's `bot_user.display_name`). */
  botName?: string;
  /** Where the help is read: in a DM, questions and commands need no prefix. */
  surface?: Surface;
}

/** What the bot does and how to ask it, for `/certpath help` and "help" in a DM. */
export function renderHelp({
  guides,
  command,
  botName = BOT_DISPLAY_NAME,
  surface = 'elsewhere',
}: HelpInput): SlackMessage {
  const examples = exampleQuestions(guides)
    .map((question) => `• _${escapeMrkdwn(question)}_`)
    .join('\n');
  const prefix = surface === 'dm' ? '' : `${command} `;
  return {
    text: surface === 'dm' ? HELP_WORDS.fallbackInDm : HELP_WORDS.fallback(command),
    blocks: [
      header(HELP_WORDS.title),
      ...introBlocks({ guides, command, botName, surface }),
      section(`${HELP_WORDS.examplesTitle}\n${examples}`),
      section(`${HELP_WORDS.commandsTitle}\n${HELP_WORDS.commands(prefix)}`),
      actions([allTopicsButton(BUTTON_LABELS.showTopics)]),
    ],
  };
}

/** What the bot does and the ways to ask it; shared with the Home tab. */
export function introBlocks({
  guides,
  command,
  botName = BOT_DISPLAY_NAME,
  surface = 'elsewhere',
}: HelpInput): Block[] {
  const names = guides.map((guide) => `*${escapeMrkdwn(guide.title)}*`).join(' and ');
  const how = surface === 'dm' ? HELP_WORDS.howInDm(command, botName) : HELP_WORDS.how(command, botName);
  return [
    section(names ? HELP_WORDS.what(names) : HELP_WORDS.noGuides),
    section(`${HELP_WORDS.howTitle}\n${how}`),
  ];
}
