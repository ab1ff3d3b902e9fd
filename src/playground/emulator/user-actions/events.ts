import type { BotResponse } from '../delivery.js';
import { appHomeOpenedEvent, appMentionEvent, buildEventEnvelope, messageEvent } from '../payloads/events.js';
import { toSlackView } from '../payloads/view-shape.js';
import { type EmulatorRuntime, requireChannel, requireUser } from '../runtime.js';
import { BOT, CHANNELS } from '../workspace.js';
import type { StoredMessage } from '../workspace-state.js';

/** Options for delivering an event, e.g. to simulate Slack's redelivery of an unacknowledged one. */
export interface SendEventOptions {
  eventId?: string;
  retryNum?: number;
  retryReason?: string;
}

/** Wraps `event` in an `event_callback` envelope and delivers it. */
export function sendEvent(
  rt: EmulatorRuntime,
  event: Record<string, unknown>,
  options: SendEventOptions = {},
): Promise<BotResponse> {
  const payload = buildEventEnvelope(event, {
    verificationToken: rt.verificationToken,
    ...(options.eventId ? { eventId: options.eventId } : {}),
  });
  const retry = options.retryNum === undefined ? {} : { retryNum: options.retryNum };
  return rt.deliver({
    kind: 'events_api',
    payload,
    ...retry,
    ...(options.retryReason ? { retryReason: options.retryReason } : {}),
  });
}

/** A human's message to post. */
export interface UserMessageRequest {
  channel: string;
  text: string;
  threadTs?: string;
  /** Defaults to the human, U0HUMAN. */
  user?: string;
}

/** The stored message and the bot's answers to the events it caused, in delivery order. */
export interface UserMessageResult {
  message: StoredMessage;
  deliveries: BotResponse[];
}

/**
 * Posts a human's message and delivers the events Slack would: `message` where the bot is a
 * member, then `app_mention` when the text mentions the bot outside a DM.
 */
export async function postUserMessage(
  rt: EmulatorRuntime,
  request: UserMessageRequest,
): Promise<UserMessageResult> {
  const channel = requireChannel(rt.state, request.channel);
  const user = requireUser(request.user);
  const message = rt.state.addMessage({
    channel: channel.id,
    user: user.id,
    text: request.text,
    ...(request.threadTs ? { threadTs: request.threadTs } : {}),
  });
  const deliveries: BotResponse[] = [];
  if (!channel.botIsMember) return { message, deliveries };
  deliveries.push(await sendEvent(rt, messageEvent(message, channel)));
  if (channel.type !== 'im' && request.text.includes(`<@${BOT.userId}>`)) {
    deliveries.push(await sendEvent(rt, appMentionEvent(message)));
  }
  return { message, deliveries };
}

/** Opens the App Home (`home` tab by default) and delivers `app_home_opened`. */
export function openHome(
  rt: EmulatorRuntime,
  options: { user?: string; tab?: 'home' | 'messages' } = {},
): Promise<BotResponse> {
  const user = requireUser(options.user);
  const dm = CHANNELS.find((c) => c.type === 'im' && c.user === user.id);
  const home = rt.state.views.home(user.id);
  const event = appHomeOpenedEvent(
    user.id,
    dm?.id ?? '',
    options.tab ?? 'home',
    home ? toSlackView(home) : undefined,
  );
  return sendEvent(rt, event);
}
