import { BOT, type Channel, type WorkspaceState } from '../emulator/index.js';
import { PLAYGROUND_WORDS } from '../playground-words.js';

/**
 * Slack's own `/invite @certpath`: the bot joins the channel (and sees its messages from then
 * on). Returns what Slackbot tells the user who typed it.
 */
export function inviteBot(workspace: WorkspaceState, channel: Channel, namesBot: boolean): string {
  if (channel.type === 'im') return PLAYGROUND_WORDS.cannotInviteToDm;
  if (!namesBot) return PLAYGROUND_WORDS.inviteWhom(BOT.name);
  if (channel.botIsMember) return PLAYGROUND_WORDS.alreadyMember(BOT.name, `#${channel.name}`);
  workspace.inviteBot(channel.id);
  return PLAYGROUND_WORDS.invited(BOT.name, channel.name);
}

/** An @mention where the bot is not a member: Slack warns the poster, since the bot never sees it. */
export function mentionsAbsentBot(channel: Channel | undefined, text: string): boolean {
  return channel?.type !== 'im' && channel?.botIsMember === false && text.includes(`<@${BOT.userId}>`);
}
