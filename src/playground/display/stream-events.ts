import { HUMAN, type WorkspaceChange, type WorkspaceState } from '../emulator/index.js';
import type { PlaygroundSnapshot, StreamEvent } from './display-types.js';
import {
  BOT_PERSON,
  channelView,
  isMine,
  isVisibleToMe,
  ME,
  messageView,
  surfaceView,
} from './display-workspace.js';

/** Everything the page's user sees right now: the first thing the page is sent, and on every reconnect. */
export function snapshotOf(workspace: WorkspaceState, command: string): PlaygroundSnapshot {
  const home = workspace.views.home(HUMAN.id);
  const surfaces = [...(home ? [home] : []), ...workspace.views.openModals(HUMAN.id)];
  return {
    me: ME,
    bot: BOT_PERSON,
    command,
    channels: workspace.channels.map(channelView),
    messages: workspace.messages({ visibleTo: HUMAN.id }).map(messageView),
    surfaces: surfaces.map(surfaceView),
  };
}

/** What the page is told about a change, or undefined when its user would not see it. */
export function streamEventOf(change: WorkspaceChange): StreamEvent | undefined {
  if (change.type === 'channel_joined') return { type: 'channel', channel: channelView(change.channel) };
  if ('message' in change) {
    return isVisibleToMe(change.message)
      ? { type: 'message', message: messageView(change.message) }
      : undefined;
  }
  return isMine(change.view) ? { type: 'surface', surface: surfaceView(change.view) } : undefined;
}
