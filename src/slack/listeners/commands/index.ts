import type { App } from '@slack/bolt';
import { apologizeToCommand } from '../../apologies.js';
import { guard } from '../../listener-guard.js';
import type { ListenerDeps } from '../deps.js';
import { createAskCommand } from './ask-command.js';
import { createQuizCommand, quizRequest } from './quiz-command.js';

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
  app.command(deps.answerer.command, async (args) =>
    quizRequest(args.command.text) ? quiz(args) : ask(args),
  );
}
