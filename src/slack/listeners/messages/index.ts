import type { App } from '@slack/bolt';
import { apologizeInPlace } from '../../apologies.js';
import { guard } from '../../listener-guard.js';
import type { ListenerDeps } from '../deps.js';
import { createChannelMessage } from './channel-message.js';
import { createDirectMessage } from './direct-message.js';

/** Direct messages always; channel chatter only when the bot is set to listen for questions. */
export function registerMessages(app: App, deps: ListenerDeps): void {
  const { logger } = deps;
  app.message(
    guard(createDirectMessage(deps), {
      surface: 'direct message',
      logger,
      apologize: apologizeInPlace(false),
    }),
  );
  // Overheard chatter: on failure, log only; nobody asked the bot, so nobody is waiting.
  if (deps.listen === 'questions')
    app.message(guard(createChannelMessage(deps), { surface: 'channel message', logger }));
}
