import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderHomeView } from '../../../core/render/index.js';
import type { ListenerDeps } from '../deps.js';

/** Opening the app's Home tab publishes the guides and their topics there. */
export function createAppHomeOpened({
  answerer,
}: Pick<ListenerDeps, 'answerer'>): Middleware<SlackEventMiddlewareArgs<'app_home_opened'>> {
  return async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const view = renderHomeView({
      guides: answerer.guides,
      command: answerer.command,
      botName: answerer.botName,
    });
    await client.views.publish({ user_id: event.user, view });
  };
}
