import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT } from '../../src/playground/emulator/index.js';
import { actionIds } from '../support/blocks.js';
import { SlackHarness } from '../support/slack-harness.js';

describe('Socket Mode', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start({ delivery: 'socket' });
  });
  afterEach(() => slack.stop());

  it('opens its connection through SLACK_API_URL with the app token', async () => {
    expect(slack.config.mode).toBe('socket');
    expect(slack.emulator.calls('apps.connections.open')).toHaveLength(1);
    expect(slack.emulator.calls('apps.connections.open')[0]?.response).toMatchObject({ ok: true });
    expect(slack.emulator.socketConnectionCount()).toBe(1);
  });

  it('returns the slash command answer inside the envelope ack', async () => {
    const result = await slack.command('which exam is harder?');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('Which exam is harder?'),
    });
    expect(result.ackMessage).toMatchObject({ ephemeralTo: 'U0HUMAN' });
    expect(actionIds(result.ackMessage?.blocks)).toContain('certpath.share');
  });

  it('acks both events of a mention and answers it once, in its thread', async () => {
    const { message, deliveries } = await slack.say('C0GENERAL', `<@${BOT.userId}> which one pays more?`);
    await slack.settle();
    expect(deliveries.map((d) => d.status)).toEqual([200, 200]);
    const replies = slack.messages({ threadTs: message.ts }).filter((m) => m.botId);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.threadTs).toBe(message.ts);
  });

  it('ignores a redelivered envelope for an event it already handled', async () => {
    const event = {
      type: 'app_mention',
      user: 'U0HUMAN',
      text: `<@${BOT.userId}> which exam is harder?`,
      ts: '1700000000.000100',
      channel: 'C0GENERAL',
    };
    await slack.event(event, { eventId: 'Ev0SOCKET001' });
    await slack.event(event, { eventId: 'Ev0SOCKET001', retryNum: 1, retryReason: 'timeout' });
    await slack.settle();
    expect(slack.replies()).toEqual(['chat.postMessage']);
  });

  it('acks a button click and shows the section the same way as the clicked message', async () => {
    const { ackMessage } = await slack.command('which exam is harder?');
    await slack.click(ackMessage!.ts, 'certpath.topic.0');
    await slack.settle();
    expect(slack.messages({ channel: 'C0GENERAL' }).at(-1)).toMatchObject({ ephemeralTo: 'U0HUMAN' });
  });
});
