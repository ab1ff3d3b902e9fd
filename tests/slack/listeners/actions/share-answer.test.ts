import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWER_WORDS } from '../../../../src/core/render/index.js';
import { allText, button } from '../../../support/blocks.js';
import { SlackHarness } from '../../../support/slack-harness.js';

describe('the "Share in channel" button', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  it('posts the answer for everyone through the response URL, marked as shared by the clicker', async () => {
    const { ackMessage } = await slack.command('which exam is harder?');
    await slack.click(ackMessage!.ts, 'certpath.share');
    await slack.settle();
    const shared = slack.messages({ channel: 'C0GENERAL' }).at(-1)!;
    expect(shared).not.toBe(ackMessage);
    expect(shared.ephemeralTo).toBeUndefined();
    expect(shared.text).toBe(ackMessage?.text);
    expect(allText(shared.blocks)).toContain(ANSWER_WORDS.sharedBy('<@U0HUMAN>'));
    expect(button(shared.blocks, 'certpath.share')).toBeUndefined();
    expect(slack.replies()).toEqual([]);
  });

  it('leaves the ephemeral answer where it was', async () => {
    const { ackMessage } = await slack.command('which exam is harder?');
    await slack.click(ackMessage!.ts, 'certpath.share');
    await slack.settle();
    expect(slack.emulator.workspace.message(ackMessage!.ts)).toMatchObject({
      deleted: false,
      ephemeralTo: 'U0HUMAN',
    });
    expect(slack.emulator.workspace.message(ackMessage!.ts)?.edited).toBeUndefined();
  });
});
