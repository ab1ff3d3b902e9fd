/** The playground server's API: user actions as JSON posts, and the live workspace stream (SSE). */

/** @typedef {import('../display/display-types.js').ActionReply} ActionReply */
/** @typedef {import('../display/display-types.js').StreamEvent} StreamEvent */
/** @typedef {{ messageTs: string } | { viewId: string }} ActionTarget */

/**
 * @param {string} path
 * @param {unknown} body
 * @returns {Promise<ActionReply>}
 */
async function post(path, body) {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return /** @type {ActionReply} */ (await response.json());
  } catch {
    return { ok: false, error: 'playground_unreachable' };
  }
}

export const api = {
  /** Types in the composer of a channel (or a thread). @param {string} channel @param {string} text @param {string} [threadTs] */
  compose: (channel, text, threadTs) =>
    post('/api/messages', { channel, text, ...(threadTs ? { threadTs } : {}) }),
  /** Clicks a button, or picks options. @param {ActionTarget} target @param {string} actionId @param {string[]} [values] */
  act: (target, actionId, values) =>
    post('/api/actions', { ...target, actionId, ...(values ? { values } : {}) }),
  /** @param {string} viewId @param {Map<string, string[]>} values */
  submit: (viewId, values) =>
    post(`/api/views/${encodeURIComponent(viewId)}/submit`, { values: Object.fromEntries(values) }),
  /** @param {string} viewId */
  close: (viewId) => post(`/api/views/${encodeURIComponent(viewId)}/close`, {}),
  /** A fresh page load: like a reloaded Slack client, it drops private messages and open modals. */
  startSession: () => post('/api/session', {}),
  /** Opens one of the app's tabs: Home, or Messages (the DM). @param {'home' | 'messages'} tab */
  openAppTab: (tab) => post('/api/home', { tab }),
};

/**
 * Follows the workspace: a snapshot first (again after every reconnect), then each change.
 * @param {(event: StreamEvent) => void} onEvent
 * @param {(online: boolean) => void} onStatus
 */
export function followWorkspace(onEvent, onStatus) {
  const source = new EventSource('/api/stream');
  for (const type of ['snapshot', 'message', 'surface', 'channel']) {
    source.addEventListener(type, (event) => {
      onEvent(/** @type {StreamEvent} */ (JSON.parse(/** @type {MessageEvent<string>} */ (event).data)));
    });
  }
  source.addEventListener('open', () => onStatus(true));
  source.addEventListener('error', () => onStatus(false));
}
