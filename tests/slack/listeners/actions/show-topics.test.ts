import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TOPICS_WORDS } from '../../../../src/core/render/index.js';
import { allText, button } from '../../../support/blocks.js';
import { SlackHarness } from '../../../support/slack-harness.js';

describe('the "All topics" button', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  it('on the ephemeral help shows the table of contents ephemerally', async () => {
    const { ackMessage } = await slack.command('help');
    expect(button(ackMessage?.blocks, 'certpath.topics')).toBeDefined();
    await slack.click(ackMessage!.ts, 'certpath.topics');
    await slack.settle();
    const shown = slack.messages({ channel: 'C0GENERAL' }).at(-1);
    expect(shown).toMatchObject({ ephemeralTo: 'U0HUMAN' });
    expect(allText(shown?.blocks)).toContain(TOPICS_WORDS.intro);
  });

  it('on public help in a DM posts the table of contents in a thread under it', async () => {
    await slack.say('D0CERTBOT', 'help');
    await slack.settle();
    const help = slack.messages({ channel: 'D0CERTBOT' }).find((m) => m.botId)!;
    await slack.click({ messageTs: help.ts, channel: 'D0CERTBOT' }, 'certpath.topics');
    await slack.settle();
    const topics = slack.messages({ channel: 'D0CERTBOT' }).at(-1);
    expect(topics).toMatchObject({ threadTs: help.ts });
    expect(topics?.ephemeralTo).toBeUndefined();
    expect(allText(topics?.blocks)).toContain(TOPICS_WORDS.intro);
  });
});
