import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOME_WORDS } from '../../../../src/core/render/index.js';
import { allText } from '../../../support/blocks.js';
import { SlackHarness } from '../../../support/slack-harness.js';

describe('the App Home tab', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  it('publishes the home view when the Home tab opens', async () => {
    await slack.openHome('home');
    await slack.settle();
    const published = slack.emulator.calls('views.publish');
    expect(published).toHaveLength(1);
    expect(published[0]?.args).toMatchObject({ user_id: 'U0HUMAN' });
    expect(published[0]?.response).toMatchObject({ ok: true });
    const home = slack.emulator.workspace.views.home('U0HUMAN');
    expect(allText(home?.view.blocks as unknown[])).toContain(HOME_WORDS.title);
  });

  it('publishes nothing when the Messages tab opens', async () => {
    await slack.openHome('messages');
    await slack.settle();
    expect(slack.replies()).toEqual([]);
  });
});
