import type { App } from '@slack/bolt';
import { apologizeToCommand } from '../../apologies.js';
import { guard } from '../../listener-guard.js';
import type { ListenerDeps } from '../deps.js';
import { createAskCommand } from './ask-command.js';

/** The slash command, under the name the answerer was configured with. */
export function registerCommands(app: App, deps: ListenerDeps): void {
  const { logger } = deps;
  app.command(
    deps.answerer.command,
    guard(createAskCommand(deps), { surface: 'command', logger, apologize: apologizeToCommand }),
  );
}
