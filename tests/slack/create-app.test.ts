import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryDedupStore, type DedupStore } from '../../src/slack/dedup-store.js';
import { SlackHarness } from '../support/slack-harness.js';

/** A dedup store that fails its first claim, as a shared store might when its server blinks. */
function flakyDedup(): DedupStore {
  const real = createMemoryDedupStore();
  let failed = false;
  return {
    claim: (key) => {
      if (failed) return real.claim(key);
      failed = true;
      return Promise.reject(new Error('dedup store unreachable'));
    },
  };
}

describe('createSlackApp', () => {
  let slack: SlackHarness;
  afterEach(() => slack.stop());

  it('logs a failure outside any listener once, through the global error handler, and keeps serving', async () => {
    slack = await SlackHarness.start({ dedup: flakyDedup() });
    await slack.openHome();
    await slack.settle();
    const errors = slack.logs.filter((line) => line.startsWith('[ERROR]'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('unhandled error in the Slack app');
    expect(errors[0]).toContain('dedup store unreachable');
    await slack.openHome();
    await slack.settle();
    expect(slack.replies()).toEqual(['views.publish']);
  });
});
