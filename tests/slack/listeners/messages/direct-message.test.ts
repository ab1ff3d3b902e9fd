import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SMALL_TALK_WORDS } from '../../../../src/core/render/index.js';
import { SlackHarness } from '../../../support/slack-harness.js';

describe('a direct message to the bot', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  it('is answered in the DM, not in a thread', async () => {
    await slack.say('D0CERTBOT', 'which exam is harder?');
    await slack.settle();
    const reply = slack.messages({ channel: 'D0CERTBOT' }).find((m) => m.botId);
    expect(reply).toMatchObject({ text: expect.stringContaining('Which exam is harder?') });
    expect(reply?.threadTs).toBeUndefined();
  });

  it('is answered in its thread when it is a reply in one', async () => {
    const { message: root } = await slack.say('D0CERTBOT', 'hi');
    await slack.say('D0CERTBOT', 'which one pays more?', { threadTs: root.ts });
    await slack.settle();
    const replies = slack.messages({ channel: 'D0CERTBOT' }).filter((m) => m.botId);
    expect(replies.map((m) => m.threadTs)).toEqual([undefined, root.ts]);
  });

  it('gets small talk back, since it is addressed to the bot', async () => {
    await slack.say('D0CERTBOT', 'hello');
    await slack.settle();
    expect(slack.messages({ channel: 'D0CERTBOT' }).find((m) => m.botId)?.text).toBe(
      SMALL_TALK_WORDS.greeting,
    );
  });
});
