import { describe, expect, it } from 'vitest';
import { asHumanMessage, mentionsBot, messageKey, withoutBotMention } from '../../src/slack/human-message.js';

const BOT_USER = 'U0CERTBOT';
const base = {
  type: 'message',
  channel: 'C1',
  channel_type: 'channel',
  user: 'U1',
  text: 'which is harder?',
  ts: '1.1',
};

describe('asHumanMessage', () => {
  it('reads a person’s message', () => {
    expect(asHumanMessage({ ...base, thread_ts: '1.0' }, BOT_USER)).toEqual({
      channel: 'C1',
      channelType: 'channel',
      user: 'U1',
      text: 'which is harder?',
      ts: '1.1',
      threadTs: '1.0',
    });
  });

  it('refuses anything from a bot, itself included', () => {
    expect(asHumanMessage({ ...base, bot_id: 'B1' }, BOT_USER)).toBeUndefined();
    expect(asHumanMessage({ ...base, bot_profile: { id: 'B1' } }, BOT_USER)).toBeUndefined();
    expect(asHumanMessage({ ...base, subtype: 'bot_message' }, BOT_USER)).toBeUndefined();
    expect(asHumanMessage({ ...base, user: BOT_USER }, BOT_USER)).toBeUndefined();
  });

  it('refuses edits, deletions, joins and every other subtype', () => {
    for (const subtype of [
      'message_changed',
      'message_deleted',
      'channel_join',
      'thread_broadcast',
      'file_share',
    ]) {
      expect(asHumanMessage({ ...base, subtype }, BOT_USER)).toBeUndefined();
    }
  });

  it('refuses an event without text, user or channel', () => {
    expect(asHumanMessage({ ...base, text: undefined }, BOT_USER)).toBeUndefined();
    expect(asHumanMessage({ ...base, user: undefined }, BOT_USER)).toBeUndefined();
    expect(asHumanMessage({ ...base, channel: undefined }, BOT_USER)).toBeUndefined();
  });
});

describe('mentionsBot and withoutBotMention', () => {
  it('find the bot’s mention, with or without a label', () => {
    expect(mentionsBot(`<@${BOT_USER}> hi`, BOT_USER)).toBe(true);
    expect(mentionsBot(`hi <@${BOT_USER}|certpath>`, BOT_USER)).toBe(true);
    expect(mentionsBot('<@U0SOMEONE> hi', BOT_USER)).toBe(false);
    expect(mentionsBot('hi', undefined)).toBe(false);
  });

  it('take the bot’s mention out of the question and keep other mentions', () => {
    expect(withoutBotMention(`<@${BOT_USER}>  which is harder?`, BOT_USER)).toBe('which is harder?');
    expect(withoutBotMention(`ask <@U0SOMEONE> or <@${BOT_USER}|certpath>`, BOT_USER)).toBe(
      'ask <@U0SOMEONE> or',
    );
  });
});

describe('messageKey', () => {
  it('names a message by its channel and ts', () => {
    expect(messageKey('C1', '1.1')).toBe('message:C1:1.1');
  });
});
