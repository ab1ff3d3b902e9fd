import { APP_ID, type Channel, TEAM, type WorkspaceUser } from '../workspace.js';

/** What a slash command payload is built from. */
export interface SlashCommandInput {
  command: string;
  text: string;
  channel: Channel;
  user: WorkspaceUser;
  responseUrl: string;
  triggerId: string;
  verificationToken: string;
}

/**
 * The fields Slack sends for a slash command: form-encoded over HTTP, the same
 * string-valued object as a Socket Mode payload.
 */
export function buildSlashCommand(input: SlashCommandInput): Record<string, string> {
  return {
    token: input.verificationToken,
    team_id: TEAM.id,
    team_domain: TEAM.domain,
    channel_id: input.channel.id,
    // Slack names every DM "directmessage" here, whoever it is with.
    channel_name: input.channel.type === 'im' ? 'directmessage' : input.channel.name,
    user_id: input.user.id,
    user_name: input.user.name,
    command: input.command.startsWith('/') ? input.command : `/${input.command}`,
    text: input.text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: input.responseUrl,
    trigger_id: input.triggerId,
  };
}
