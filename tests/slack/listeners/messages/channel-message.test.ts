import { afterEach, describe, expect, it } from 'vitest';
import { BOT } from '../../../../src/playground/emulator/index.js';
import { SlackHarness } from '../../../support/slack-harness.js';

/** A `message.channels` event in #general, as Slack sends it, with overrides. */
function channelMessage(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'message',
    channel: 'C0GENERAL',
    channel_type: 'channel',
    user: 'U0HUMAN',
    text: 'which exam is harder?',
    ts: '1700000000.000100',
    event_ts: '1700000000.000100',
    ...fields,
  };
}

describe('a message overheard in a channel', () => {
  let slack: SlackHarness;
  afterEach(() => slack.stop());

  describe('while listening for questions', () => {
    it('answers a clear question about the guide in a thread', async () => {
      slack = await SlackHarness.start();
      const { message } = await slack.say(
        'C0GENERAL',
        'anyone know which aws cert pays more, architect or developer?',
      );
      await slack.settle();
      const replies = slack.messages({ channel: 'C0GENERAL' }).filter((m) => m.botId);
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatchObject({ threadTs: message.ts, text: expect.stringContaining('pays more') });
    });

    it('answers in a private channel the bot is in (message.groups) as in a public one', async () => {
      slack = await SlackHarness.start();
      await slack.event(channelMessage({ channel_type: 'group' }));
      await slack.settle();
      expect(slack.messages({ threadTs: '1700000000.000100' }).filter((m) => m.botId)).toHaveLength(1);
    });

    it('stays silent in a group DM, which it does not subscribe to', async () => {
      slack = await SlackHarness.start();
      await slack.event(channelMessage({ channel_type: 'mpim' }));
      await slack.settle();
      expect(slack.replies()).toEqual([]);
    });

    it('stays silent on chatter that is not about the guide', async () => {
      slack = await SlackHarness.start();
      await slack.say('C0GENERAL', 'lunch at noon?');
      await slack.say('C0GENERAL', 'the build is broken again');
      await slack.say('C0GENERAL', 'hello everyone');
      await slack.settle();
      expect(slack.replies()).toEqual([]);
    });

    it('stays silent on messages from other bots', async () => {
      slack = await SlackHarness.start();
      await slack.event(channelMessage({ subtype: 'bot_message', bot_id: 'B0OTHER', user: undefined }));
      await slack.event(channelMessage({ ts: '1700000000.000200', user: 'U0OTHERBOT', bot_id: 'B0OTHER' }));
      await slack.event(
        channelMessage({ ts: '1700000000.000300', bot_profile: { id: 'B0OTHER', name: 'otherbot' } }),
      );
      await slack.settle();
      expect(slack.replies()).toEqual([]);
    });

    it('stays silent on its own messages', async () => {
      slack = await SlackHarness.start();
      await slack.event(channelMessage({ user: BOT.userId, bot_id: BOT.botId }));
      await slack.event(channelMessage({ ts: '1700000000.000200', user: BOT.userId }));
      await slack.settle();
      expect(slack.replies()).toEqual([]);
    });

    it('stays silent on edits, joins and other subtypes', async () => {
      slack = await SlackHarness.start();
      const edited = {
        type: 'message',
        text: 'which exam is harder?',
        user: 'U0HUMAN',
        ts: '1700000000.000100',
      };
      await slack.event(
        channelMessage({ subtype: 'message_changed', message: edited, ts: '1700000000.000900' }),
      );
      await slack.event(
        channelMessage({ subtype: 'channel_join', text: '<@U0HUMAN> has joined the channel' }),
      );
      await slack.event(channelMessage({ subtype: 'thread_broadcast', ts: '1700000000.000500' }));
      await slack.settle();
      expect(slack.replies()).toEqual([]);
    });

    it('leaves a message that mentions the bot to the mention, so it is answered once, as a direct question', async () => {
      slack = await SlackHarness.start();
      await slack.say('C0GENERAL', `<@${BOT.userId}> hi`);
      await slack.settle();
      const replies = slack.messages({ channel: 'C0GENERAL' }).filter((m) => m.botId);
      // "hi" is answered only when addressed (overheard, it is silence), so this reply came from app_mention.
      expect(replies).toHaveLength(1);
    });
  });

  describe('with CERTPATH_LISTEN=off', () => {
    it('stays silent even on a clear question', async () => {
      slack = await SlackHarness.start({ env: { CERTPATH_LISTEN: 'off' } });
      await slack.say('C0GENERAL', 'which exam is harder?');
      await slack.settle();
      expect(slack.replies()).toEqual([]);
    });

    it('still answers a mention', async () => {
      slack = await SlackHarness.start({ env: { CERTPATH_LISTEN: 'off' } });
      await slack.say('C0GENERAL', `<@${BOT.userId}> which exam is harder?`);
      await slack.settle();
      expect(slack.replies()).toEqual(['chat.postMessage']);
    });
  });
});
