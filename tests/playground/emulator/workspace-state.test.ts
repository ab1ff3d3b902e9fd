import { describe, expect, it } from 'vitest';
import { BOT, HUMAN } from '../../../src/playground/emulator/index.js';
import { type WorkspaceChange, WorkspaceState } from '../../../src/playground/emulator/workspace-state.js';

describe('WorkspaceState', () => {
  it('adds the bot to a channel it was invited to, in this workspace only', () => {
    const workspace = new WorkspaceState();
    const changes: WorkspaceChange['type'][] = [];
    workspace.subscribe((change) => changes.push(change.type));
    expect(workspace.channel('C0RANDOM')?.botIsMember).toBe(false);
    expect(workspace.inviteBot('C0RANDOM')?.botIsMember).toBe(true);
    expect(workspace.channel('#random')?.botIsMember).toBe(true);
    expect(workspace.channels.find((c) => c.id === 'C0RANDOM')?.botIsMember).toBe(true);
    expect(changes).toEqual(['channel_joined']);
    expect(workspace.inviteBot('C0RANDOM')).toBeUndefined();
    expect(new WorkspaceState().channel('C0RANDOM')?.botIsMember).toBe(false);
  });

  it('forgets what only a reloaded client showed: its user’s ephemeral messages and open modals', () => {
    const workspace = new WorkspaceState();
    const shared = workspace.addMessage({ channel: 'C0GENERAL', user: HUMAN.id, text: 'hi' });
    const mine = workspace.addMessage({
      channel: 'C0GENERAL',
      user: BOT.userId,
      text: 'psst',
      ephemeralTo: HUMAN.id,
    });
    const theirs = workspace.addMessage({
      channel: 'C0GENERAL',
      user: BOT.userId,
      text: 'psst',
      ephemeralTo: 'U0OTHER',
    });
    const modal = workspace.views.openModal(HUMAN.id, {
      type: 'modal',
      title: { type: 'plain_text', text: 'Quiz' },
    });
    workspace.forgetClientState(HUMAN.id);
    expect(workspace.messages().map((m) => m.ts)).toEqual([shared.ts, theirs.ts]);
    expect(mine.deleted).toBe(true);
    expect(workspace.views.openModals(HUMAN.id)).toEqual([]);
    expect(workspace.views.get(modal.id)?.open).toBe(false);
  });
});
