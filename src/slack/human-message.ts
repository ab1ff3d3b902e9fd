/** A message a person wrote, with the fields the bot answers from. */
export interface HumanMessage {
  channel: string;
  /** `channel`, `group` or `im`; absent on `app_mention` events. */
  channelType?: string;
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
}

/**
 * Reads a `message` or `app_mention` event, or returns undefined when the bot must not answer it:
 * anything from a bot (itself included), and every subtype (edits, deletions, joins, bot_message…).
 */
export function asHumanMessage(
  event: Readonly<Record<string, unknown>>,
  botUserId?: string,
): HumanMessage | undefined {
  if (event.subtype !== undefined || event.bot_id !== undefined || event.bot_profile !== undefined)
    return undefined;
  const { channel, user, text, ts, thread_ts: threadTs, channel_type: channelType } = event;
  if (typeof channel !== 'string' || typeof user !== 'string' || typeof ts !== 'string') return undefined;
  if (typeof text !== 'string' || user === botUserId) return undefined;
  return {
    channel,
    user,
    text,
    ts,
    ...(typeof channelType === 'string' ? { channelType } : {}),
    ...(typeof threadTs === 'string' ? { threadTs } : {}),
  };
}

function mentionPattern(botUserId: string): RegExp {
  return new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g');
}

/** Whether the text mentions the bot (`<@U123>` or `<@U123|name>`). */
export function mentionsBot(text: string, botUserId: string | undefined): boolean {
  return botUserId !== undefined && mentionPattern(botUserId).test(text);
}

/** The question without the bot's mention, so "@CertPath which is harder?" is quoted back as "which is harder?". */
export function withoutBotMention(text: string, botUserId: string | undefined): string {
  return botUserId === undefined
    ? text.trim()
    : text.replace(mentionPattern(botUserId), ' ').replace(/\s+/g, ' ').trim();
}

/** The dedup key of one message: the same message may arrive as `app_mention` and as `message.channels`. */
export function messageKey(channel: string, ts: string): string {
  return `message:${channel}:${ts}`;
}
