import { BOT, TEAM } from '../workspace.js';
import type { MethodSpec } from './method-types.js';

/** `auth.test`: who the bot token belongs to (Bolt calls it on start to learn its bot ids). */
export const authTest: MethodSpec = {
  token: 'bot',
  handle: () => ({
    ok: true,
    url: `https://${TEAM.domain}.slack.com/`,
    team: TEAM.name,
    user: BOT.name,
    team_id: TEAM.id,
    user_id: BOT.userId,
    bot_id: BOT.botId,
    is_enterprise_install: false,
  }),
};

/** `apps.connections.open`: a one-use Socket Mode URL, for the app-level (`xapp-`) token only. */
export const appsConnectionsOpen: MethodSpec = {
  token: 'app',
  handle: (ctx) => ({ ok: true, url: ctx.socketUrl() }),
};
