import { APP_ID, TEAM } from '../workspace.js';
import type { StoredMessage } from '../workspace-state.js';

/** A stored message as Slack returns it in API responses and interaction payloads. */
export function toSlackMessage(message: StoredMessage): Record<string, unknown> {
  return {
    type: 'message',
    ...(message.botId ? { bot_id: message.botId, app_id: APP_ID } : {}),
    user: message.user,
    text: message.text,
    ts: message.ts,
    team: TEAM.id,
    ...(message.blocks ? { blocks: message.blocks } : {}),
    ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
    ...(message.edited ? { edited: message.edited } : {}),
  };
}
