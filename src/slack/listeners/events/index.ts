import type { App } from '@slack/bolt';
import { apologizeInPlace } from '../../apologies.js';
import { guard } from '../../listener-guard.js';
import { EVENT_TYPES } from '../../names.js';
import type { ListenerDeps } from '../deps.js';
import { createAppHomeOpened } from './app-home-opened.js';
import { createAppMention } from './app-mention.js';

/**
 * Mentions and the App Home tab, under one registration that hands each event to its listener:
 * Bolt runs every registered listener's middleware on every request it receives.
 */
export function registerEvents(app: App, deps: ListenerDeps): void {
  const { logger } = deps;
  const mention = guard(createAppMention(deps), {
    surface: 'app_mention',
    logger,
    apologize: apologizeInPlace(true),
  });
  const homeOpened = guard(createAppHomeOpened(deps), { surface: 'app_home_opened', logger });
  const types = new RegExp(`^(?:${EVENT_TYPES.appMention}|${EVENT_TYPES.appHomeOpened})$`);
  app.event(types, async (args) => {
    if (args.event.type === EVENT_TYPES.appMention) await mention(args as Parameters<typeof mention>[0]);
    else if (args.event.type === EVENT_TYPES.appHomeOpened)
      await homeOpened(args as Parameters<typeof homeOpened>[0]);
  });
}
