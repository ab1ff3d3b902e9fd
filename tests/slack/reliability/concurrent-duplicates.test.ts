import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT } from '../../../src/playground/emulator/index.js';
import { SlackHarness } from '../../support/slack-harness.js';

const MENTION = `<@${BOT.userId}>`;

/** One person's message as each subscription delivers it. */
function messageAs(
  kind: 'app_mention' | 'message',
  {
    ts,
    channel = 'C0GENERAL',
    text = `${MENTION} which exam is harder?`,
  }: { ts: string; channel?: string; text?: string },
): Record<string, unknown> {
  const channelType = channel.startsWith('D') ? 'im' : 'channel';
  return {
    type: kind,
    user: 'U0HUMAN',
    text,
    ts,
    event_ts: ts,
    channel,
    ...(kind === 'message' ? { channel_type: channelType } : {}),
  };
}

/** The first delivery and Slack's three retries of one event, all at once. */
const ATTEMPTS = [undefined, 1, 2, 3] as const;

describe('exactly once under retries and concurrent duplicates', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  const posts = () => slack.emulator.calls('chat.postMessage');
  const threadsAnswered = () => posts().map((call) => call.args.thread_ts);

  it('answers once when an event and its retries 1–3 arrive at the same time', async () => {
    const event = messageAs('app_mention', { ts: '1700000001.000100' });
    const responses = await Promise.all(
      ATTEMPTS.map((retryNum) =>
        slack.event(event, {
          eventId: 'Ev0PARALLEL1',
          ...(retryNum ? { retryNum, retryReason: 'http_timeout' } : {}),
        }),
      ),
    );
    await slack.settle();
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    expect(threadsAnswered()).toEqual(['1700000001.000100']);
    expect(slack.replies()).toEqual(['chat.postMessage']);
  });

  it('answers once when mention and message, each retried, all arrive at the same time', async () => {
    const ts = '1700000001.000200';
    const deliveries = (['app_mention', 'message'] as const).flatMap((kind, k) =>
      ATTEMPTS.map((retryNum) =>
        slack.event(messageAs(kind, { ts }), { eventId: `Ev0BOTH${k}`, ...(retryNum ? { retryNum } : {}) }),
      ),
    );
    await Promise.all(deliveries);
    await slack.settle();
    expect(threadsAnswered()).toEqual([ts]);
    expect(slack.replies()).toEqual(['chat.postMessage']);
  });

  it('answers an overheard question once when it arrives twice at the same time under different event ids', async () => {
    const event = messageAs('message', {
      ts: '1700000001.000300',
      text: 'which exam is harder, SAA or DVA?',
    });
    await Promise.all([
      slack.event(event, { eventId: 'Ev0CHATTER1' }),
      slack.event(event, { eventId: 'Ev0CHATTER2' }),
      slack.event(event, { eventId: 'Ev0CHATTER1', retryNum: 1 }),
    ]);
    await slack.settle();
    expect(threadsAnswered()).toEqual(['1700000001.000300']);
    expect(slack.replies()).toEqual(['chat.postMessage']);
  });

  it('answers a DM once when it arrives twice at the same time, each retried', async () => {
    const event = messageAs('message', {
      ts: '1700000001.000400',
      channel: 'D0CERTBOT',
      text: 'which pays more?',
    });
    await Promise.all(
      ['Ev0DM00001', 'Ev0DM00002'].flatMap((eventId) =>
        ATTEMPTS.map((retryNum) => slack.event(event, { eventId, ...(retryNum ? { retryNum } : {}) })),
      ),
    );
    await slack.settle();
    expect(posts().map((call) => call.args.channel)).toEqual(['D0CERTBOT']);
    expect(slack.replies()).toEqual(['chat.postMessage']);
  });

  it('publishes the Home tab once when app_home_opened and its retries arrive at the same time', async () => {
    const opened = {
      type: 'app_home_opened',
      user: 'U0HUMAN',
      channel: 'D0CERTBOT',
      tab: 'home',
      event_ts: '1.1',
    };
    await Promise.all(
      ATTEMPTS.map((retryNum) =>
        slack.event(opened, { eventId: 'Ev0HOMEPAR1', ...(retryNum ? { retryNum } : {}) }),
      ),
    );
    await slack.settle();
    expect(slack.replies()).toEqual(['views.publish']);
  });

  it('answers each of many messages exactly once when all their duplicates arrive interleaved', async () => {
    const messages = Array.from({ length: 24 }, (_, i) => `1700000002.${String(i).padStart(6, '0')}`);
    const deliveries = messages.flatMap((ts, i) => [
      () => slack.event(messageAs('app_mention', { ts }), { eventId: `Ev0MANY${i}A` }),
      () => slack.event(messageAs('message', { ts }), { eventId: `Ev0MANY${i}B` }),
      () => slack.event(messageAs('app_mention', { ts }), { eventId: `Ev0MANY${i}A`, retryNum: 1 }),
    ]);
    // Interleave: every message's three deliveries are far apart in the batch, yet all in flight together.
    const order = deliveries.map((_, i) => (i * 7) % deliveries.length);
    expect(new Set(order).size).toBe(deliveries.length);
    await Promise.all(order.map((i) => deliveries[i]!()));
    await slack.settle();
    expect([...threadsAnswered()].sort()).toEqual(messages);
    expect(slack.replies()).toEqual(messages.map(() => 'chat.postMessage'));
  });
});
