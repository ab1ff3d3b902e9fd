import type { StateValues } from '../element-state.js';
import type { StoredView } from '../view-store.js';
import { APP_ID, BOT, TEAM } from '../workspace.js';

/** A stored view as Slack returns it from `views.*` and puts it in interaction payloads. */
export function toSlackView(stored: StoredView, values: StateValues = {}): Record<string, unknown> {
  const { view } = stored;
  return {
    id: stored.id,
    team_id: TEAM.id,
    type: stored.type,
    blocks: view.blocks ?? [],
    private_metadata: view.private_metadata ?? '',
    callback_id: view.callback_id ?? '',
    state: { values },
    hash: stored.hash,
    title: view.title ?? { type: 'plain_text', text: 'View Title', emoji: true },
    clear_on_close: view.clear_on_close ?? false,
    notify_on_close: view.notify_on_close ?? false,
    close: view.close ?? null,
    submit: view.submit ?? null,
    previous_view_id: stored.previousViewId ?? null,
    root_view_id: stored.id,
    app_id: APP_ID,
    external_id: view.external_id ?? '',
    app_installed_team_id: TEAM.id,
    bot_id: BOT.botId,
  };
}
