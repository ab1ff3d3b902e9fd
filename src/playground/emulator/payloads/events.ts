import { newEventId } from '../slack-ids.js';
import { APP_ID, BOT, type Channel, TEAM } from '../workspace.js';
import type { StoredMessage } from '../workspace-state.js';

/** Options for one `event_callback` envelope. */
export interface EnvelopeOptions {
  verificationToken: string;
  eventId?: string;
  /** Seconds since the epoch; defaults to now. */
  eventTime?: number;
}

/** The Events API `event_callback` envelope Slack wraps every event in. */
export function buildEventEnvelope(
  event: Record<string, unknown>,
  options: EnvelopeOptions,
): Record<string, unknown> {
  return {
    token: options.verificationToken,
    team_id: TEAM.id,
    context_team_id: TEAM.id,
    context_enterprise_id: null,
    api_app_id: APP_ID,
    event,
    type: 'event_callback',
    event_id: options.eventId ?? newEventId(),
    event_time: options.eventTime ?? Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: TEAM.id,
        user_id: BOT.userId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}

/** The fields a `message` and an `app_mention` event share for a human's message. */
function messageFields(message: StoredMessage): Record<string, unknown> {
  return {
    user: message.user,
    text: message.text,
    ts: message.ts,
    team: TEAM.id,
    channel: message.channel,
    event_ts: message.ts,
    ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
    blocks: [
      {
        type: 'rich_text',
        block_id: message.ts.replace('.', ''),
        elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: message.text }] }],
      },
    ],
  };
}

/** The `message` event for a human's message, as the channel's subscription delivers it. */
export function messageEvent(message: StoredMessage, channel: Channel): Record<string, unknown> {
  return { type: 'message', ...messageFields(message), channel_type: channel.type };
}

/** The `app_mention` event for a human's message that mentions the bot. */
export function appMentionEvent(message: StoredMessage): Record<string, unknown> {
  return { type: 'app_mention', ...messageFields(message) };
}

/** The `app_home_opened` event; `view` is the Home tab published so far, if any. */
export function appHomeOpenedEvent(
  userId: string,
  channelId: string,
  tab: 'home' | 'messages',
  view?: Record<string, unknown>,
): Record<string, unknown> {
  const eventTs = `${(Date.now() / 1000).toFixed(6)}`;
  return {
    type: 'app_home_opened',
    user: userId,
    channel: channelId,
    tab,
    event_ts: eventTs,
    ...(view ? { view } : {}),
  };
}
