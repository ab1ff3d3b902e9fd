/**
 * The fixed workspace the emulator pretends to be: one team, the CertPath bot, one human,
 * two channels (the bot is in only one of them) and the bot's DM.
 */

/** The team every payload carries. */
export const TEAM = { id: 'T0CERTPATH', domain: 'certpath', name: 'CertPath' } as const;

/** The Slack app's id (`api_app_id` in payloads). */
export const APP_ID = 'A0CERTPATH';

/** The bot user that `auth.test` reports and that posts every bot message. */
export const BOT = { userId: 'U0CERTBOT', botId: 'B0CERTBOT', name: 'certpath' } as const;

/** A person in the workspace. */
export interface WorkspaceUser {
  id: string;
  name: string;
}

/** The human at the keyboard: the one who types, clicks and opens the App Home. */
export const HUMAN: WorkspaceUser = { id: 'U0HUMAN', name: 'you' };

/** A conversation: a public channel, a private one (`group`) or a DM (`im`). */
export interface Channel {
  id: string;
  name: string;
  type: 'channel' | 'group' | 'im';
  /** Whether the bot may post here; Slack answers `not_in_channel` otherwise. */
  botIsMember: boolean;
  /** For a DM, the human on the other side. */
  user?: string;
}

/** The conversations that exist, in the order a sidebar would show them. */
export const CHANNELS: readonly Channel[] = [
  { id: 'C0GENERAL', name: 'general', type: 'channel', botIsMember: true },
  { id: 'C0RANDOM', name: 'random', type: 'channel', botIsMember: false },
  { id: 'D0CERTBOT', name: BOT.name, type: 'im', botIsMember: true, user: HUMAN.id },
];

/** The users the emulator knows about, bot included. */
export const USERS: readonly WorkspaceUser[] = [HUMAN, { id: BOT.userId, name: BOT.name }];

/**
 * Finds a conversation the way Slack's `channel` argument does: by id, by `#name` or `name`,
 * or by a user id, which means the bot's DM with that user.
 */
export function findChannel(ref: string): Channel | undefined {
  const name = ref.startsWith('#') ? ref.slice(1) : ref;
  return CHANNELS.find(
    (c) => c.id === ref || (c.type !== 'im' && c.name === name) || (c.type === 'im' && c.user === ref),
  );
}

/** Finds a user by id. */
export function findUser(id: string): WorkspaceUser | undefined {
  return USERS.find((u) => u.id === id);
}
