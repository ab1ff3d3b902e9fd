import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUTTON_LABELS, HELP_WORDS, TOPICS_WORDS } from '../../../../src/core/render/index.js';
import { actionIds, allText } from '../../../support/blocks.js';
import { SlackHarness } from '../../../support/slack-harness.js';

describe('/certpath', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  it('answers a question inside the ack, ephemerally, with the comparison and a share button', async () => {
    const result = await slack.command('which exam is harder?');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('Which exam is harder?'),
    });
    expect(result.ackMessage).toMatchObject({ ephemeralTo: 'U0HUMAN' });
    expect(result.ackProblems).toBeUndefined();
    const blocks = result.ackMessage?.blocks ?? [];
    expect(actionIds(blocks)).toEqual(
      expect.arrayContaining(['certpath.share', 'certpath.feedback.helpful']),
    );
    expect(allText(blocks)).toContain(BUTTON_LABELS.share);
  });

  it('posts nothing through the Web API: the answer is the ack', async () => {
    await slack.command('which one pays more?');
    await slack.settle();
    expect(slack.replies()).toEqual([]);
  });

  it('shows help when typed alone', async () => {
    const result = await slack.command('');
    expect(result.body).toMatchObject({ response_type: 'ephemeral', text: HELP_WORDS.fallback('/certpath') });
  });

  it('shows help for "help"', async () => {
    const result = await slack.command('help');
    expect(result.body).toMatchObject({ text: HELP_WORDS.fallback('/certpath') });
  });

  it('shows the table of contents for "topics"', async () => {
    const result = await slack.command('topics');
    expect(allText(result.ackMessage?.blocks ?? [])).toContain(TOPICS_WORDS.intro);
    expect(actionIds(result.ackMessage?.blocks ?? [])).toContain('certpath.topic.0');
  });
});
