import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWER_WORDS } from '../../../../src/core/render/index.js';
import type { StoredMessage } from '../../../../src/playground/emulator/index.js';
import { allText, button } from '../../../support/blocks.js';
import { SlackHarness } from '../../../support/slack-harness.js';

/** The "(92%)" of an answer's source line. */
const percentOf = (message: StoredMessage | undefined) => /\((\d+)%\)/.exec(allText(message?.blocks))?.[1];

describe('the "Share in channel" button', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  const publicCopies = () =>
    slack.messages({ channel: 'C0GENERAL' }).filter((message) => message.ephemeralTo === undefined);

  it('posts the answer for everyone through the response URL, marked as shared by the clicker', async () => {
    const { ackMessage } = await slack.command('which exam is harder?');
    await slack.click(ackMessage!.ts, 'certpath.share');
    await slack.settle();
    const shared = publicCopies().at(-1)!;
    expect(shared).not.toBe(ackMessage);
    expect(shared.text).toBe(ackMessage?.text);
    expect(allText(shared.blocks)).toContain(ANSWER_WORDS.sharedBy('<@U0HUMAN>'));
    expect(button(shared.blocks, 'certpath.share')).toBeUndefined();
    expect(slack.replies()).toEqual([]);
  });

  it('turns the private copy\'s Share button into "Shared", and leaves the rest of it', async () => {
    const { ackMessage } = await slack.command('which exam is harder?');
    await slack.click(ackMessage!.ts, 'certpath.share');
    await slack.settle();
    const privateCopy = slack.emulator.workspace.message(ackMessage!.ts);
    expect(privateCopy).toMatchObject({ deleted: false, ephemeralTo: 'U0HUMAN' });
    expect(button(privateCopy?.blocks, 'certpath.share')).toBeUndefined();
    expect(allText(privateCopy?.blocks)).toContain(ANSWER_WORDS.shared);
    expect(button(privateCopy?.blocks, 'certpath.feedback.helpful')).toBeDefined();
    expect(privateCopy?.text).toBe(ackMessage?.text);
  });

  it('shows the same match and confidence in the shared copy as in the private one', async () => {
    const { ackMessage } = await slack.command('is the developer exam more about coding?');
    const privatePercent = percentOf(ackMessage);
    expect(privatePercent).toBeDefined();
    expect(privatePercent).not.toBe('100');
    await slack.click(ackMessage!.ts, 'certpath.share');
    await slack.settle();
    expect(percentOf(publicCopies().at(-1))).toBe(privatePercent);
    expect(
      allText(publicCopies().at(-1)?.blocks)
        .split('\n')
        .find((line) => line.startsWith('From')),
    ).toBe(
      allText(ackMessage?.blocks)
        .split('\n')
        .find((line) => line.startsWith('From')),
    );
  });

  it('shares once per private answer, however often the click is replayed or repeated', async () => {
    const { ackMessage } = await slack.command('which exam is harder?');
    const value = button(ackMessage?.blocks, 'certpath.share')?.value;
    const click = (actionTs: string) => ({
      type: 'block_actions',
      user: { id: 'U0HUMAN', name: 'human', team_id: 'T0CERTPATH' },
      team: { id: 'T0CERTPATH', domain: 'certpath' },
      api_app_id: 'A0CERTPATH',
      trigger_id: '1.2.3',
      container: { type: 'message', message_ts: ackMessage!.ts, channel_id: 'C0GENERAL', is_ephemeral: true },
      channel: { id: 'C0GENERAL', name: 'general' },
      response_url: slack.emulator.issueResponseUrl({
        channel: 'C0GENERAL',
        user: 'U0HUMAN',
        messageTs: ackMessage!.ts,
      }),
      actions: [{ type: 'button', action_id: 'certpath.share', block_id: 'b', value, action_ts: actionTs }],
    });
    const before = publicCopies().length;
    const replayed = click('1700000001.000001');
    await Promise.all([slack.blockActions(replayed), slack.blockActions(replayed)]);
    await slack.blockActions(replayed);
    await slack.blockActions(click('1700000002.000001'));
    await slack.settle();
    expect(publicCopies()).toHaveLength(before + 1);
  });
});
