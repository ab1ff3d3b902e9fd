import type { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlackEmulator } from '../../../src/playground/emulator/index.js';
import { startEmulator, webClient } from './emulator-fixture.js';

const modal = (title = 'Which exam?') => ({
  type: 'modal' as const,
  callback_id: 'choose',
  title: { type: 'plain_text' as const, text: title },
  submit: { type: 'plain_text' as const, text: 'Recommend' },
  blocks: [
    {
      type: 'input',
      block_id: 'role',
      label: { type: 'plain_text', text: 'Your role' },
      element: { type: 'plain_text_input', action_id: 'role_text' },
    },
  ],
});

const home = {
  type: 'home' as const,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Welcome' } }],
};

describe('the emulator views methods', () => {
  let emulator: SlackEmulator;
  let client: WebClient;

  beforeEach(async () => {
    emulator = await startEmulator();
    client = webClient(emulator);
  });
  afterEach(() => emulator.stop());

  it('publishes a Home tab per user and replaces it on the next publish', async () => {
    const first = await client.views.publish({ user_id: 'U0HUMAN', view: home });
    expect(first.view).toMatchObject({ type: 'home', team_id: 'T0CERTPATH', blocks: home.blocks });
    const second = await client.views.publish({
      user_id: 'U0HUMAN',
      view: { ...home, private_metadata: 'v2' },
    });
    expect(second.view?.id).toBe(first.view?.id);
    expect(second.view?.hash).not.toBe(first.view?.hash);
    expect(emulator.workspace.views.home('U0HUMAN')?.view.private_metadata).toBe('v2');
  });

  it('refuses a modal as a Home tab and an unknown user', async () => {
    await expect(client.views.publish({ user_id: 'U0HUMAN', view: modal() as never })).rejects.toMatchObject({
      data: { error: 'invalid_arguments' },
    });
    await expect(client.views.publish({ user_id: 'U0NOBODY', view: home })).rejects.toMatchObject({
      data: { error: 'user_not_found' },
    });
  });

  it('opens a modal with a fresh trigger id, once', async () => {
    const triggerId = emulator.issueTriggerId();
    const opened = await client.views.open({ trigger_id: triggerId, view: modal() });
    expect(opened.view).toMatchObject({ type: 'modal', callback_id: 'choose', state: { values: {} } });
    expect(emulator.workspace.views.openModals('U0HUMAN').map((v) => v.id)).toEqual([opened.view?.id]);
    await expect(client.views.open({ trigger_id: triggerId, view: modal() })).rejects.toMatchObject({
      data: { error: 'exchanged_trigger_id' },
    });
    await expect(client.views.open({ trigger_id: 'made-up', view: modal() })).rejects.toMatchObject({
      data: { error: 'invalid_trigger_id' },
    });
  });

  it('refuses an expired trigger id', async () => {
    const slow = await startEmulator({ triggerTtlMs: 0 });
    try {
      const triggerId = slow.issueTriggerId();
      await new Promise((resolve) => setTimeout(resolve, 5));
      await expect(
        webClient(slow).views.open({ trigger_id: triggerId, view: modal() }),
      ).rejects.toMatchObject({
        data: { error: 'expired_trigger_id' },
      });
    } finally {
      await slow.stop();
    }
  });

  it('rejects a modal title over 24 characters, pointing into /view', async () => {
    const error = await client.views
      .open({ trigger_id: emulator.issueTriggerId(), view: modal('x'.repeat(25)) })
      .catch((e) => e);
    expect(error.data.error).toBe('invalid_arguments');
    expect(error.data.response_metadata.messages).toEqual([
      '[ERROR] must be at most 24 characters (is 25) [json-pointer:/view/title/text]',
    ]);
  });

  it('updates an open modal by view_id and honours the hash', async () => {
    const opened = await client.views.open({ trigger_id: emulator.issueTriggerId(), view: modal() });
    const id = String(opened.view?.id);
    const updated = await client.views.update({
      view_id: id,
      hash: opened.view?.hash,
      view: modal('Thanks'),
    });
    expect(updated.view).toMatchObject({ id, title: { text: 'Thanks' } });
    await expect(
      client.views.update({ view_id: id, hash: opened.view?.hash, view: modal('Stale') }),
    ).rejects.toMatchObject({ data: { error: 'hash_conflict' } });
    await expect(client.views.update({ view_id: 'V0NOPE', view: modal() })).rejects.toMatchObject({
      data: { error: 'not_found' },
    });
  });
});
