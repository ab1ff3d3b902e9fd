import type { App } from '@slack/bolt';
import { apologizeInPlace } from '../../apologies.js';
import { guard } from '../../listener-guard.js';
import type { ListenerDeps } from '../deps.js';
import { createChannelMessage } from './channel-message.js';
import { createDirectMessage } from './direct-message.js';

/**
 * Direct messages always; channel chatter only when the bot is set to listen for questions. One
 * registration: Bolt runs every message listener on every request, and each handler takes only its
 * own kind of message.
 */
export function registerMessages(app: App, deps: ListenerDeps): void {
  const { logger } = deps;
  const direct = guard(createDirectMessage(deps), {
    surface: 'direct message',
    logger,
    apologize: apologizeInPlace(false),
  });
  // Overheard chatter: on failure, log only; nobody asked the bot, so nobody is waiting.
  const overheard =
    deps.listen === 'questions'
      ? guard(createChannelMessage(deps), { surface: 'channel message', logger })
      : undefined;
  app.message(async (args) => {
    await direct(args);
    await overheard?.(args);
  });
}
