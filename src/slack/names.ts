import {
  ACTION_IDS,
  QUIZ_ACTION_PATTERN,
  QUIZ_CALLBACK_ID,
  TOPIC_ACTION_PATTERN,
} from '../core/render/index.js';

/**
 * The names the Slack app is registered under: one source for the listeners that handle them
 * and for the test that holds manifest.yml to them.
 */

/** The slash command and the bot's display name, as manifest.yml declares them (kept in the core). */
export { BOT_DISPLAY_NAME, DEFAULT_COMMAND } from '../core/app-names.js';

/** Events API types the listeners register for (`message` covers every `message.*` subscription). */
export const EVENT_TYPES = {
  appMention: 'app_mention',
  appHomeOpened: 'app_home_opened',
  message: 'message',
} as const;

/** Which `message` events arrive through which subscription, by the event's `channel_type`. */
export const MESSAGE_SUBSCRIPTIONS = {
  'message.im': 'im',
  'message.channels': 'channel',
  'message.groups': 'group',
} as const;

/** The message subscriptions that are chatter the bot overhears (answered only with CERTPATH_LISTEN=questions). */
export const LISTENED_CHANNEL_TYPES: readonly string[] = [
  MESSAGE_SUBSCRIPTIONS['message.channels'],
  MESSAGE_SUBSCRIPTIONS['message.groups'],
];

/** Every bot event the app subscribes to, as the manifest names them. */
export const BOT_EVENTS = [
  EVENT_TYPES.appMention,
  EVENT_TYPES.appHomeOpened,
  ...(Object.keys(MESSAGE_SUBSCRIPTIONS) as (keyof typeof MESSAGE_SUBSCRIPTIONS)[]),
] as const;

/** The scope each bot event needs (`app_home_opened` needs none). */
export const EVENT_SCOPES: Readonly<Record<(typeof BOT_EVENTS)[number], string | undefined>> = {
  app_mention: 'app_mentions:read',
  app_home_opened: undefined,
  'message.im': 'im:history',
  'message.channels': 'channels:history',
  'message.groups': 'groups:history',
};

/** Every bot scope the app asks for: the events' scopes, the command, and posting. */
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  ...Object.values(EVENT_SCOPES).filter((s) => s !== undefined),
];

/** The subscriptions that exist only to overhear channels (`message.channels`, `message.groups`). */
const LISTENING_EVENTS: readonly string[] = Object.entries(MESSAGE_SUBSCRIPTIONS)
  .filter(([, channelType]) => LISTENED_CHANNEL_TYPES.includes(channelType))
  .map(([event]) => event);

/**
 * The bot events the app needs with CERTPATH_LISTEN=off (manifest.minimal.yml): everything but the
 * channel-listening subscriptions, which workspace admins are most wary of.
 */
export const MINIMAL_BOT_EVENTS = BOT_EVENTS.filter((event) => !LISTENING_EVENTS.includes(event));

/** The scopes for MINIMAL_BOT_EVENTS: no `channels:history`, no `groups:history`. */
export const MINIMAL_BOT_SCOPES = [
  'commands',
  'chat:write',
  ...MINIMAL_BOT_EVENTS.map((event) => EVENT_SCOPES[event]).filter((s) => s !== undefined),
];

/** The buttons the app handles, by action id or id pattern. */
export const HANDLED_ACTIONS = {
  topic: TOPIC_ACTION_PATTERN,
  topics: ACTION_IDS.topics,
  share: ACTION_IDS.share,
  feedbackHelpful: ACTION_IDS.feedbackHelpful,
  feedbackNotHelpful: ACTION_IDS.feedbackNotHelpful,
  quiz: QUIZ_ACTION_PATTERN,
} as const;

/** The modals whose submissions the app handles, by callback id. */
export const HANDLED_VIEWS = {
  quiz: QUIZ_CALLBACK_ID,
} as const;
