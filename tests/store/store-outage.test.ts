import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLearning, type Learning } from '../../src/store/learning.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { Store } from '../../src/store/store.js';
import { SlackHarness } from '../support/slack-harness.js';

/** A store whose database is gone: every call is refused as a lost connection would be. */
function lostStore(): { store: Store; restore(): void } {
  const inner = createMemoryStore();
  let down = true;
  const refuse = () =>
    Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
  const store = new Proxy(inner, {
    get(target, key: keyof Store) {
      const value = target[key];
      if (typeof value !== 'function' || key === 'close') return value;
      return (...args: unknown[]) => (down ? refuse() : (value as (...a: unknown[]) => unknown)(...args));
    },
  });
  return {
    store,
    restore: () => {
      down = false;
    },
  };
}

describe('a store lost while the bot runs', () => {
  let slack: SlackHarness;
  let learning: Learning;
  let lost: ReturnType<typeof lostStore>;
  beforeEach(async () => {
    lost = lostStore();
    const logger = { warn: () => {}, info: () => {} };
    learning = createLearning({ store: lost.store, logger, admins: ['U0HUMAN'] });
    slack = await SlackHarness.start({ learning });
  });
  afterEach(async () => {
    lost.restore();
    await slack.stop();
    await learning.stop();
  });

  it('keeps answering, reports itself on /healthz without failing it, and writes again when it is back', async () => {
    const { ackMessage } = await slack.command('how much is the exam voucher in euros?');
    expect(ackMessage?.text).toBeTruthy();
    await slack.settle();
    // The queue tries the write a moment after the answer (it waits for others to join it).
    await vi.waitFor(() => expect(learning.status().state).toBe('retrying'));
    const health = await fetch(`${slack.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      ok: true,
      store: { kind: 'memory', state: 'retrying', queued: 1 },
    });
    await slack.openHome();
    await slack.settle();
    const home = JSON.stringify(slack.emulator.workspace.views.home('U0HUMAN')?.view.blocks);
    expect(home).toContain('cannot be read right now');
    lost.restore();
    await learning.drain();
    expect(await lost.store.unansweredGroups({ since: '2000-01-01', limit: 5 })).toHaveLength(1);
    expect(await (await fetch(`${slack.baseUrl}/healthz`)).json()).toMatchObject({
      store: { state: 'ok', queued: 0 },
    });
  });
});
