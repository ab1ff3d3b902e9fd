import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THREAD_WORDS } from '../../../../src/core/render/index.js';
import { BOT } from '../../../../src/playground/emulator/index.js';
import { actionIds } from '../../../support/blocks.js';
import { SlackHarness } from '../../../support/slack-harness.js';

const MENTION = `<@${BOT.userId}>`;

describe('@certpath in a channel', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  it('replies in a thread under the mention', async () => {
    const { message } = await slack.say('C0GENERAL', `${MENTION} which exam is harder?`);
    await slack.settle();
    const replies = slack.messages({ channel: 'C0GENERAL', threadTs: message.ts }).filter((m) => m.botId);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({
      threadTs: message.ts,
      text: expect.stringContaining('Which exam is harder?'),
    });
    expect(replies[0]?.ephemeralTo).toBeUndefined();
  });

  it('replies in the existing thread when the mention is a reply', async () => {
    const { message: root } = await slack.say('C0GENERAL', 'studying for AWS this summer');
    const { message } = await slack.say('C0GENERAL', `${MENTION} which one pays more?`, {
      threadTs: root.ts,
    });
    await slack.settle();
    const reply = slack.messages({ channel: 'C0GENERAL' }).find((m) => m.botId);
    expect(reply).toMatchObject({ threadTs: root.ts });
    expect(message.threadTs).toBe(root.ts);
  });

  it('answers without a share button, since everyone already sees it', async () => {
    await slack.say('C0GENERAL', `${MENTION} which exam is harder?`);
    await slack.settle();
    const reply = slack.messages().find((m) => m.botId);
    expect(actionIds(reply?.blocks)).not.toContain('certpath.share');
    expect(actionIds(reply?.blocks)).toContain('certpath.feedback.helpful');
  });

  it('does not quote its own mention back when it cannot find the answer', async () => {
    await slack.say('C0GENERAL', `${MENTION} what is the weather like`);
    await slack.settle();
    const reply = slack.messages().find((m) => m.botId);
    expect(reply?.text).not.toContain(BOT.userId);
    expect(reply?.text).toContain('what is the weather like');
  });

  it('does not post the same section twice in one thread, and tells only the asker why', async () => {
    const { message: root } = await slack.say('C0GENERAL', `${MENTION} which exam is harder?`);
    await slack.say('C0GENERAL', `${MENTION} which exam is more difficult?`, { threadTs: root.ts });
    await slack.settle();
    const bot = slack.messages({ threadTs: root.ts }).filter((m) => m.botId);
    expect(bot.filter((m) => !m.ephemeralTo)).toHaveLength(1);
    expect(bot.filter((m) => m.ephemeralTo === 'U0HUMAN').map((m) => m.text)).toEqual([
      THREAD_WORDS.alreadyPosted('Which exam is harder?'),
    ]);
  });

  it('answers a different question in the same thread', async () => {
    const { message: root } = await slack.say('C0GENERAL', `${MENTION} which exam is harder?`);
    await slack.say('C0GENERAL', `${MENTION} which one pays more?`, { threadTs: root.ts });
    await slack.settle();
    expect(slack.messages({ threadTs: root.ts }).filter((m) => m.botId && !m.ephemeralTo)).toHaveLength(2);
  });
});
