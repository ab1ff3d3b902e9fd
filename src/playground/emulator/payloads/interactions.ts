import { APP_ID, type Channel, TEAM, type WorkspaceUser } from '../workspace.js';
import type { StoredMessage } from '../workspace-state.js';
import { toSlackMessage } from './message-shape.js';

/** The fields every interaction payload shares. */
function common(user: WorkspaceUser, verificationToken: string, triggerId: string): Record<string, unknown> {
  return {
    user: { id: user.id, username: user.name, name: user.name, team_id: TEAM.id },
    api_app_id: APP_ID,
    token: verificationToken,
    trigger_id: triggerId,
    team: { id: TEAM.id, domain: TEAM.domain },
    enterprise: null,
    is_enterprise_install: false,
  };
}

/** What a block_actions payload on a message is built from. */
export interface MessageActionInput {
  user: WorkspaceUser;
  channel: Channel;
  message: StoredMessage;
  actions: Record<string, unknown>[];
  state: Record<string, unknown>;
  responseUrl: string;
  triggerId: string;
  verificationToken: string;
}

/** A `block_actions` payload for an element in a message. Slack omits `message` for ephemeral ones. */
export function messageBlockActions(input: MessageActionInput): Record<string, unknown> {
  const ephemeral = input.message.ephemeralTo !== undefined;
  return {
    type: 'block_actions',
    ...common(input.user, input.verificationToken, input.triggerId),
    container: {
      type: 'message',
      message_ts: input.message.ts,
      channel_id: input.channel.id,
      is_ephemeral: ephemeral,
    },
    channel: {
      id: input.channel.id,
      name: input.channel.type === 'im' ? 'directmessage' : input.channel.name,
    },
    ...(ephemeral ? {} : { message: toSlackMessage(input.message) }),
    state: { values: input.state },
    response_url: input.responseUrl,
    actions: input.actions,
  };
}

/** What a payload from a view (modal or Home tab) is built from. */
export interface ViewInteractionInput {
  user: WorkspaceUser;
  /** The view as Slack shows it, `state` included. */
  view: Record<string, unknown>;
  triggerId: string;
  verificationToken: string;
}

/** A `block_actions` payload for an element in a modal or on the Home tab. */
export function viewBlockActions(
  input: ViewInteractionInput,
  actions: Record<string, unknown>[],
): Record<string, unknown> {
  return {
    type: 'block_actions',
    ...common(input.user, input.verificationToken, input.triggerId),
    container: { type: 'view', view_id: input.view.id },
    view: input.view,
    actions,
  };
}

/** A `view_submission` payload for a modal. */
export function viewSubmission(input: ViewInteractionInput): Record<string, unknown> {
  return {
    type: 'view_submission',
    ...common(input.user, input.verificationToken, input.triggerId),
    view: input.view,
    response_urls: [],
  };
}
