import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_WORDS } from '../../../../src/core/render/index.js';
import { BOT } from '../../../../src/playground/emulator/index.js';
import { actionIds, allText } from '../../../support/blocks.js';
import { SlackHarness } from '../../../support/slack-harness.js';

describe('the feedback buttons', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  it('thank the rater in place of the buttons on an ephemeral answer, keeping the answer and Share', async () => {
    const { ackMessage } = await slack.command('which exam is harder?');
    const before = ackMessage!.blocks!.length;
    await slack.click(ackMessage!.ts, 'certpath.feedback.helpful');
    await slack.settle();
    const rated = slack.emulator.workspace.message(ackMessage!.ts)!;
    expect(rated.edited).toBeDefined();
    expect(actionIds(rated.blocks)).not.toContain('certpath.feedback.helpful');
    expect(actionIds(rated.blocks)).not.toContain('certpath.feedback.not_helpful');
    expect(actionIds(rated.blocks)).toContain('certpath.share');
    expect(allText(rated.blocks)).toContain(FEEDBACK_WORDS.helpful);
    expect(rated.blocks).toHaveLength(before + 1);
    expect(rated.text).toBe(ackMessage!.text);
    expect(slack.messages({ channel: 'C0GENERAL' })).toHaveLength(1);
  });

  it('thank only the rater, privately, on a public answer, leaving it as everyone sees it', async () => {
    const { message } = await slack.say('C0GENERAL', `<@${BOT.userId}> which exam is harder?`);
    await slack.settle();
    const answer = slack.messages({ threadTs: message.ts }).find((m) => m.botId)!;
    await slack.click(answer.ts, 'certpath.feedback.helpful');
    await slack.settle();
    const rated = slack.emulator.workspace.message(answer.ts)!;
    expect(rated.edited).toBeUndefined();
    expect(rated.blocks).toEqual(answer.blocks);
    expect(actionIds(rated.blocks)).toContain('certpath.feedback.helpful');
    const thanks = slack.messages({ threadTs: message.ts }).filter((m) => m.ephemeralTo === 'U0HUMAN');
    expect(thanks).toHaveLength(1);
    expect(allText(thanks[0]!.blocks)).toContain(FEEDBACK_WORDS.helpful);
  });

  it('ask privately which topic was wanted after a 👎 on a public answer', async () => {
    const { message } = await slack.say('C0GENERAL', `<@${BOT.userId}> which exam is harder?`);
    await slack.settle();
    const answer = slack.messages({ threadTs: message.ts }).find((m) => m.botId)!;
    await slack.click(answer.ts, 'certpath.feedback.not_helpful');
    await slack.settle();
    expect(slack.emulator.workspace.message(answer.ts)!.blocks).toEqual(answer.blocks);
    const [reply] = slack.messages({ threadTs: message.ts }).filter((m) => m.ephemeralTo === 'U0HUMAN');
    expect(allText(reply!.blocks)).toContain(FEEDBACK_WORDS.notHelpful);
    expect(actionIds(reply!.blocks)).toContain('certpath.feedback.topic');
  });

  it('log the rating with the question, the section and the confidence', async () => {
    const { ackMessage } = await slack.command('which exam is harder?');
    await slack.click(ackMessage!.ts, 'certpath.feedback.not_helpful');
    await slack.settle();
    const line = slack.logs.find((l) => l.startsWith('[INFO]') && l.includes('feedback'));
    expect(line).toContain("question: 'which exam is harder?'");
    expect(line).toContain("section: 'aws-architect-vs-developer/difficulty'");
    expect(line).toMatch(/confidence: 0\.\d+/);
    expect(line).toContain('helpful: false');
  });
});
