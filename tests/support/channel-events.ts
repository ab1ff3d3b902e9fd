import { BOT } from '../../src/playground/emulator/index.js';

/**
 * A message in #general from the test's person, as Slack sends it: an `app_mention`, or the same
 * message as `message.channels` delivers it. By default it mentions the bot and asks which exam is harder.
 */
export function channelMessage(
  ts: string,
  type: 'app_mention' | 'message',
  text = `<@${BOT.userId}> which exam is harder?`,
) {
  return {
    type,
    user: 'U0HUMAN',
    text,
    ts,
    event_ts: ts,
    channel: 'C0GENERAL',
    ...(type === 'message' ? { channel_type: 'channel' } : {}),
  };
}
