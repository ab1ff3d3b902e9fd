import { describe, expect, it } from 'vitest';
import { useEmulatorWithBot, webClient } from './emulator-fixture.js';

describe('emulator events over HTTP', () => {
  const ctx = useEmulatorWithBot();

  it('delivers message and app_mention events for a mention in a channel the bot is in', async () => {
    const { message, deliveries } = await ctx.emulator.postUserMessage({
      channel: 'C0GENERAL',
      text: '<@U0CERTBOT> which is harder?',
    });
    expect(deliveries).toHaveLength(2);
    const bodies = ctx.bot.requests.map((r) => JSON.parse(r.body));
    expect(ctx.bot.requests[0]?.headers['content-type']).toBe('application/json');
    expect(bodies[0]).toMatchObject({
      type: 'event_callback',
      team_id: 'T0CERTPATH',
      api_app_id: 'A0CERTPATH',
      authorizations: [{ user_id: 'U0CERTBOT', is_bot: true }],
      event: {
        type: 'message',
        channel: 'C0GENERAL',
        channel_type: 'channel',
        user: 'U0HUMAN',
        ts: message.ts,
      },
    });
    expect(bodies[1]).toMatchObject({
      event: { type: 'app_mention', text: '<@U0CERTBOT> which is harder?' },
    });
    expect(bodies[0].event_id).not.toBe(bodies[1].event_id);
  });

  it('delivers nothing from a channel the bot is not in, and no app_mention in a DM', async () => {
    expect(
      (await ctx.emulator.postUserMessage({ channel: 'C0RANDOM', text: '<@U0CERTBOT> hi' })).deliveries,
    ).toEqual([]);
    await ctx.emulator.postUserMessage({
      channel: 'D0CERTBOT',
      text: '<@U0CERTBOT> hi',
      threadTs: '1700000000.000100',
    });
    expect(ctx.bot.requests.map((r) => JSON.parse(r.body).event)).toEqual([
      expect.objectContaining({ type: 'message', channel_type: 'im', thread_ts: '1700000000.000100' }),
    ]);
  });

  it('marks a redelivered event with the retry headers', async () => {
    await ctx.emulator.sendEvent({ type: 'app_mention', text: 'hi' }, { eventId: 'Ev0SAME', retryNum: 1 });
    const [request] = ctx.bot.requests;
    expect(request?.headers['x-slack-retry-num']).toBe('1');
    expect(request?.headers['x-slack-retry-reason']).toBe('http_timeout');
    expect(JSON.parse(request?.body ?? '{}').event_id).toBe('Ev0SAME');
  });

  it('delivers app_home_opened with the Home tab published so far', async () => {
    await webClient(ctx.emulator).views.publish({ user_id: 'U0HUMAN', view: { type: 'home', blocks: [] } });
    await ctx.emulator.openHome();
    expect(JSON.parse(ctx.bot.requests[0]?.body ?? '{}').event).toMatchObject({
      type: 'app_home_opened',
      user: 'U0HUMAN',
      channel: 'D0CERTBOT',
      tab: 'home',
      view: { type: 'home' },
    });
  });
});
