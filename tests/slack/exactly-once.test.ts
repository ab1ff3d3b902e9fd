import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT } from '../../src/playground/emulator/index.js';
import { SlackHarness } from '../support/slack-harness.js';

const MENTION = `<@${BOT.userId}>`;

function mentionEvent(ts: string, type: 'app_mention' | 'message' = 'app_mention'): Record<string, unknown> {
  return {
    type,
    user: 'U0HUMAN',
    text: `${MENTION} which exam is harder?`,
    ts,
    event_ts: ts,
    channel: 'C0GENERAL',
    ...(type === 'message' ? { channel_type: 'channel' } : {}),
  };
}

describe('each message is answered exactly once', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  it('ignores Slack retries of an event it already handled (X-Slack-Retry-Num)', async () => {
    const event = mentionEvent('1700000000.000100');
    await slack.event(event, { eventId: 'Ev0RETRIED01' });
    await slack.event(event, { eventId: 'Ev0RETRIED01', retryNum: 1, retryReason: 'http_timeout' });
    await slack.event(event, { eventId: 'Ev0RETRIED01', retryNum: 2, retryReason: 'http_timeout' });
    await slack.settle();
    expect(slack.replies()).toEqual(['chat.postMessage']);
  });

  it('answers a mention in a listened channel once, though it arrives as message and as app_mention', async () => {
    const { deliveries } = await slack.say('C0GENERAL', `${MENTION} which exam is harder?`);
    await slack.settle();
    expect(deliveries).toHaveLength(2);
    expect(slack.replies()).toEqual(['chat.postMessage']);
  });

  it('answers once when app_mention comes before message.channels', async () => {
    await slack.event(mentionEvent('1700000000.000200', 'app_mention'));
    await slack.event(mentionEvent('1700000000.000200', 'message'));
    await slack.settle();
    expect(slack.replies()).toEqual(['chat.postMessage']);
  });

  it('publishes the Home tab once when Slack retries app_home_opened', async () => {
    const opened = {
      type: 'app_home_opened',
      user: 'U0HUMAN',
      channel: 'D0CERTBOT',
      tab: 'home',
      event_ts: '1700000000.000400',
    };
    await slack.event(opened, { eventId: 'Ev0HOME00001' });
    await slack.event(opened, { eventId: 'Ev0HOME00001', retryNum: 1, retryReason: 'http_error' });
    await slack.settle();
    expect(slack.replies()).toEqual(['views.publish']);
  });

  it('answers a mention once when it comes twice under different event ids, with no "already posted" note', async () => {
    const mention = mentionEvent('1700000000.000500');
    await slack.event(mention, { eventId: 'Ev0MENTION01' });
    await slack.event(mention, { eventId: 'Ev0MENTION02' });
    await slack.settle();
    expect(slack.replies()).toEqual(['chat.postMessage']);
  });

  it('answers once when one message comes twice under different event ids', async () => {
    const question = { ...mentionEvent('1700000000.000300', 'message'), text: 'which exam is harder?' };
    await slack.event(question, { eventId: 'Ev0FIRST0001' });
    await slack.event(question, { eventId: 'Ev0SECOND001' });
    await slack.settle();
    expect(slack.replies()).toEqual(['chat.postMessage']);
  });

  it('still answers two different messages with the same text', async () => {
    await slack.say('C0GENERAL', `${MENTION} which exam is harder?`);
    await slack.say('C0GENERAL', `${MENTION} which exam is harder?`);
    await slack.settle();
    expect(slack.replies()).toEqual(['chat.postMessage', 'chat.postMessage']);
  });
});
