import type { App } from '@slack/bolt';
import { apologizeInPlace } from '../../apologies.js';
import { guard } from '../../listener-guard.js';
import { EVENT_TYPES } from '../../names.js';
import type { ListenerDeps } from '../deps.js';
import { createAppHomeOpened } from './app-home-opened.js';
import { createAppMention } from './app-mention.js';

/** Mentions and the App Home tab. */
export function registerEvents(app: App, deps: ListenerDeps): void {
  const { logger } = deps;
  const mention = guard(createAppMention(deps), {
    surface: 'app_mention',
    logger,
    apologize: apologizeInPlace(true),
  });
  app.event(EVENT_TYPES.appMention, mention);
  app.event(
    EVENT_TYPES.appHomeOpened,
    guard(createAppHomeOpened(deps), { surface: 'app_home_opened', logger }),
  );
}
