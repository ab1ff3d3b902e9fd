import type { Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderHomeView } from '../../../core/render/index.js';
import { withGapsPanel } from '../../gaps-home.js';
import type { ListenerDeps } from '../deps.js';

/** Opening the app's Home tab publishes the guides and their topics there. */
export function createAppHomeOpened(
  deps: Pick<ListenerDeps, 'answerer' | 'learning'>,
): Middleware<SlackEventMiddlewareArgs<'app_home_opened'>> {
  const { answerer } = deps;
  return async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const home = renderHomeView({ guides: answerer.guides, command: answerer.command });
    // Admins (CERTPATH_ADMINS) also get the Content gaps panel.
    const view = await withGapsPanel(home, event.user, deps);
    await client.views.publish({ user_id: event.user, view });
  };
}
