import type { AllMiddlewareArgs } from '@slack/bolt';

/** The Web API client Bolt hands every listener. */
export type SlackClient = AllMiddlewareArgs['client'];

/**
 * Slack's answers that mean the bot cannot post in that place at all, though the person may be
 * able to type there: a channel it is not in or cannot see, an archived or read-only one, or
 * (for `chat.postEphemeral`) a user who is not in it. Retrying cannot help.
 */
export const CANNOT_POST_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'not_in_channel',
  'user_not_in_channel',
  'is_archived',
  'team_access_not_granted',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
]);

/** The `ok: false` answer of a Web API call Slack refused. */
export interface PlatformError {
  error: string;
  errors?: unknown;
  response_metadata?: { messages?: unknown };
}

/** Slack's refusal inside an error the Web API client threw, or undefined for any other failure. */
export function platformError(error: unknown): PlatformError | undefined {
  const { code, data } = (error ?? {}) as { code?: unknown; data?: { error?: unknown } };
  if (code !== 'slack_webapi_platform_error' || typeof data?.error !== 'string') return undefined;
  return data as PlatformError;
}

/** Slack's error code when the call failed because the bot cannot post there; undefined otherwise. */
export function cannotPostHere(error: unknown): string | undefined {
  const refusal = platformError(error);
  return refusal && CANNOT_POST_ERRORS.has(refusal.error) ? refusal.error : undefined;
}
