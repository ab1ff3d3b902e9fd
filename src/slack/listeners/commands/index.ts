import type { App } from '@slack/bolt';
import { apologizeToCommand } from '../../apologies.js';
import { guard } from '../../listener-guard.js';
import type { ListenerDeps } from '../deps.js';
import { createAskCommand, SLASH_ASK } from './ask-command.js';
import { createQuizCommand } from './quiz-command.js';

/** The slash command, under the name the answerer was configured with. */
export function registerCommands(app: App, deps: ListenerDeps): void {
  const { logger } = deps;
  const ask = guard(createAskCommand(deps), { surface: 'command', logger, apologize: apologizeToCommand });
  const quiz = guard(createQuizCommand(deps), {
    surface: 'quiz command',
    logger,
    apologize: apologizeToCommand,
  });
  // One command, one registration: `quiz [guide-id]` opens the quiz, any other text is a question.
  // The answerer already tells a quiz request apart (and caches what it decided), so the text is
  // read once, by the answerer, and the ask listener's own call is a cache hit. Should asking fail,
  // the guarded ask listener meets the same failure and apologises.
  const isQuiz = (text: string) => {
    try {
      return deps.answerer.ask(text, SLASH_ASK).decision.kind === 'quiz';
    } catch {
      return false;
    }
  };
  app.command(deps.answerer.command, async (args) => (isQuiz(args.command.text) ? quiz(args) : ask(args)));
}
