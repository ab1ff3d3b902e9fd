import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THREAD_WORDS } from '../../../../src/core/render/index.js';
import { BOT } from '../../../../src/playground/emulator/index.js';
import { button } from '../../../support/blocks.js';
import { SlackHarness } from '../../../support/slack-harness.js';

/** The first topic button of a message, and the section title it opens. */
function firstTopic(blocks: unknown[] | undefined): { actionId: string; title: string } {
  const topic = button(blocks, 'certpath.topic.0');
  if (!topic) throw new Error('the message has no topic button');
  return { actionId: 'certpath.topic.0', title: String((topic.text as { text: string }).text) };
}

describe('a topic button', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  it('on an ephemeral answer shows the section ephemerally, keeping the original', async () => {
    const { ackMessage } = await slack.command('which exam is harder?');
    const topic = firstTopic(ackMessage?.blocks);
    await slack.click(ackMessage!.ts, topic.actionId);
    await slack.settle();
    const bot = slack.messages({ channel: 'C0GENERAL' });
    expect(bot).toHaveLength(2);
    expect(bot[1]).toMatchObject({ ephemeralTo: 'U0HUMAN', text: expect.stringContaining(topic.title) });
    expect(bot[0]?.edited).toBeUndefined();
    expect(button(bot[1]?.blocks, 'certpath.share')).toBeDefined();
    expect(slack.replies()).toEqual([]);
  });

  it('on a public answer posts the section in the thread', async () => {
    const { message } = await slack.say('C0GENERAL', `<@${BOT.userId}> which exam is harder?`);
    await slack.settle();
    const answer = slack.messages({ threadTs: message.ts }).find((m) => m.botId)!;
    const topic = firstTopic(answer.blocks);
    await slack.click(answer.ts, topic.actionId);
    await slack.settle();
    const posted = slack.messages({ threadTs: message.ts }).filter((m) => m.botId);
    expect(posted).toHaveLength(2);
    expect(posted[1]).toMatchObject({ threadTs: message.ts, text: expect.stringContaining(topic.title) });
    expect(posted[1]?.ephemeralTo).toBeUndefined();
    expect(button(posted[1]?.blocks, 'certpath.share')).toBeUndefined();
  });

  it('on a public answer does not post a section the thread already has; it tells the clicker', async () => {
    const { message } = await slack.say('C0GENERAL', `<@${BOT.userId}> which exam is harder?`);
    await slack.settle();
    const answer = slack.messages({ threadTs: message.ts }).find((m) => m.botId)!;
    const topic = firstTopic(answer.blocks);
    await slack.click(answer.ts, topic.actionId);
    await slack.click(answer.ts, topic.actionId);
    await slack.settle();
    const posted = slack.messages({ threadTs: message.ts }).filter((m) => m.botId);
    expect(posted.filter((m) => !m.ephemeralTo)).toHaveLength(2);
    expect(posted.filter((m) => m.ephemeralTo).map((m) => m.text)).toEqual([
      THREAD_WORDS.alreadyPosted(topic.title),
    ]);
  });

  it('on the Home tab opens the section in a modal, and posts nothing to the DM', async () => {
    await slack.openHome();
    await slack.settle();
    const home = slack.emulator.workspace.views.home('U0HUMAN')!;
    const topic = firstTopic(home.view.blocks as unknown[]);
    await slack.click({ viewId: home.id }, topic.actionId);
    await slack.settle();
    expect(slack.messages({ channel: 'D0CERTBOT' })).toEqual([]);
    const [modal] = slack.emulator.workspace.views.openModals('U0HUMAN');
    expect(JSON.stringify(modal?.view.blocks)).toContain(topic.title);
  });
});
