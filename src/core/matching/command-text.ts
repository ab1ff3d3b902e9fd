import { words } from './tokenize.js';

/**
 * The bot's commands, typed after the slash command or on their own in a DM: `help`, `topics`,
 * and `quiz` (or `quiz <guide-id>` when several guides have one). Read the same way everywhere.
 */
export type CommandText = { kind: 'help' } | { kind: 'topics' } | { kind: 'quiz'; guideId?: string };

const HELP = /^(help|usage|\?+|what can you do|how does this work|how do i use (this|you)|commands?)$/;
const TOPICS =
  /^(topics?|menu|toc|contents|table of contents|list( topics)?|(show|list)( me)?( all)?( the)? topics)$/;
/** `quiz`, `quiz <guide-id>`: checked on the text as typed, since a guide id keeps its hyphens. */
const QUIZ = /^\s*\/?quiz(?:\s+([a-z0-9-]+))?\s*[.!]?\s*$/i;
/** Asking for the quiz in words: "take the quiz", "start quiz", "the quiz please". */
const QUIZ_WORDS = /^((take|start|open|do|run|give me)( the| a)? )?(the )?quiz( please| pls)?$/;

/**
 * The command a whole message is, or undefined when it is something else (a question, say).
 * `list` is the message's words, when the caller has them already.
 */
export function parseCommand(text: string, list: readonly string[] = words(text)): CommandText | undefined {
  const quiz = QUIZ.exec(text);
  if (quiz)
    return quiz[1] === undefined ? { kind: 'quiz' } : { kind: 'quiz', guideId: quiz[1].toLowerCase() };
  const plain = list.join(' ');
  // An empty message (or just "?") asks what the bot does; an emoji alone is not a command.
  if (plain === '') return /^[\s?]*$/.test(text) ? { kind: 'help' } : undefined;
  if (HELP.test(plain)) return { kind: 'help' };
  if (TOPICS.test(plain)) return { kind: 'topics' };
  if (QUIZ_WORDS.test(plain)) return { kind: 'quiz' };
  return undefined;
}
