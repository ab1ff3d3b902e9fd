import { toSlackMessage } from '../payloads/message-shape.js';
import { BOT, findUser } from '../workspace.js';
import type { StoredMessage } from '../workspace-state.js';
import { isFailure, messageContent, threadOf, writableChannel } from './message-args.js';
import { fail, type MethodContext, type MethodResult, type MethodSpec } from './method-types.js';

/** `chat.postMessage`: posts as the bot, in a channel or a thread. */
export const chatPostMessage: MethodSpec = {
  token: 'bot',
  handle: ({ args, state }) => {
    const channel = writableChannel(state, args.channel);
    if (isFailure(channel)) return channel;
    const content = messageContent(args);
    if (isFailure(content)) return content;
    const message = state.addMessage({
      channel: channel.id,
      user: BOT.userId,
      botId: BOT.botId,
      ...content,
      ...threadOf(args),
    });
    return { ok: true, channel: channel.id, ts: message.ts, message: toSlackMessage(message) };
  },
};

/** `chat.postEphemeral`: a message only `user` sees, in a channel they are in. */
export const chatPostEphemeral: MethodSpec = {
  token: 'bot',
  handle: ({ args, state }) => {
    const channel = writableChannel(state, args.channel);
    if (isFailure(channel)) return channel;
    const user = typeof args.user === 'string' ? findUser(args.user) : undefined;
    if (!user || (channel.type === 'im' && channel.user !== user.id)) return fail('user_not_in_channel');
    const content = messageContent(args);
    if (isFailure(content)) return content;
    const message = state.addMessage({
      channel: channel.id,
      user: BOT.userId,
      botId: BOT.botId,
      ephemeralTo: user.id,
      ...content,
      ...threadOf(args),
    });
    return { ok: true, message_ts: message.ts };
  },
};

/** Finds the bot's own, non-ephemeral message named by `channel` + `ts`. */
function ownMessage(ctx: MethodContext, notOwn: string): StoredMessage | MethodResult {
  const channel = typeof ctx.args.channel === 'string' ? ctx.state.channel(ctx.args.channel) : undefined;
  if (!channel) return fail('channel_not_found');
  const ts = typeof ctx.args.ts === 'string' ? ctx.args.ts : '';
  const message = ctx.state.message(ts, channel.id);
  // Ephemeral messages live only in the client; the API cannot find them.
  if (!message || message.deleted || message.ephemeralTo) return fail('message_not_found');
  if (message.botId !== BOT.botId) return fail(notOwn);
  return message;
}

/** `chat.update`: replaces the text and blocks of one of the bot's messages. */
export const chatUpdate: MethodSpec = {
  token: 'bot',
  handle: (ctx) => {
    const message = ownMessage(ctx, 'cant_update_message');
    if (isFailure(message)) return message;
    const content = messageContent(ctx.args);
    if (isFailure(content)) return content;
    ctx.state.editMessage(message, content, BOT.userId);
    const reply = { channel: message.channel, ts: message.ts, text: message.text };
    return { ok: true, ...reply, message: toSlackMessage(message) };
  },
};

/** `chat.delete`: deletes one of the bot's messages. */
export const chatDelete: MethodSpec = {
  token: 'bot',
  handle: (ctx) => {
    const message = ownMessage(ctx, 'cant_delete_message');
    if (isFailure(message)) return message;
    ctx.state.deleteMessage(message);
    return { ok: true, channel: message.channel, ts: message.ts };
  },
};
