import type { App } from '@slack/bolt';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import type { ListenerDeps } from './deps.js';
import { registerEvents } from './events/index.js';
import { registerMessages } from './messages/index.js';
import { registerViews } from './views/index.js';

export type { ListenerDeps } from './deps.js';

/** Registers every listener, kind by kind. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerMessages(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
}
