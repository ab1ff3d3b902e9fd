/**
 * Request bodies as Slack sends them, for tests that sign (or forge) requests by hand instead of
 * going through the emulator.
 */

/** `/certpath <text>`, form-encoded. */
export function commandBody(text: string): string {
  return new URLSearchParams({
    command: '/certpath',
    text,
    user_id: 'U0HUMAN',
    channel_id: 'C0GENERAL',
    team_id: 'T0CERTPATH',
    response_url: 'http://127.0.0.1:9/response/never',
    trigger_id: '1.2.3',
  }).toString();
}

/** `/certpath which exam is harder?`, form-encoded. */
export const COMMAND_BODY = commandBody('which exam is harder?');

/** An Events API `app_mention` under the given event id, asking which exam is harder unless told otherwise. */
export function mentionBody(
  eventId: string,
  text = 'which exam is harder?',
  ts = '1700000000.000100',
): string {
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T0CERTPATH',
    api_app_id: 'A0CERTPATH',
    event_id: eventId,
    event: { type: 'app_mention', user: 'U0HUMAN', text: `<@U0CERTBOT> ${text}`, ts, channel: 'C0GENERAL' },
  });
}
