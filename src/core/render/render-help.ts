import type { Guide } from '../guide.js';
import { actions, header, section } from './block-builders.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { exampleQuestions } from './example-questions.js';
import { BUTTON_LABELS, HELP_WORDS } from './messages.js';
import type { Block, SlackMessage } from './slack-message.js';
import { allTopicsButton } from './topic-buttons.js';

/** What the bot does and how to ask it, for `/certpath help` and "help" in a DM. */
export function renderHelp({ guides, command }: { guides: readonly Guide[]; command: string }): SlackMessage {
  const examples = exampleQuestions(guides)
    .map((question) => `• _${escapeMrkdwn(question)}_`)
    .join('\n');
  return {
    text: HELP_WORDS.fallback(command),
    blocks: [
      header(HELP_WORDS.title),
      ...introBlocks(guides, command),
      section(`${HELP_WORDS.examplesTitle}\n${examples}`),
      section(`${HELP_WORDS.commandsTitle}\n${HELP_WORDS.commands(command)}`),
      actions([allTopicsButton(BUTTON_LABELS.showTopics)]),
    ],
  };
}

/** What the bot does and the ways to ask it; shared with the Home tab. */
export function introBlocks(guides: readonly Guide[], command: string): Block[] {
  const names = guides.map((guide) => `*${escapeMrkdwn(guide.title)}*`).join(' and ');
  return [
    section(names ? HELP_WORDS.what(names) : HELP_WORDS.noGuides),
    section(`${HELP_WORDS.howTitle}\n${HELP_WORDS.how(command)}`),
  ];
}
