import { buildEventEnvelope } from '../../src/playground/emulator/payloads/events.js';
import { buildSlashCommand } from '../../src/playground/emulator/payloads/slash-command.js';
import { slackSignatureHeaders } from '../../src/playground/emulator/signing.js';
import { BOT, CHANNELS, HUMAN } from '../../src/playground/emulator/workspace.js';

/** Credentials every server under test shares with the load generators; never real ones. */
export const BENCH_SECRETS = {
  signingSecret: 'bench-signing-secret-0123456789abcdef',
  botToken: 'xoxb-0000000000-0000000000000-benchbenchbenchbenchbench',
} as const;

export const EVENTS_PATH = '/slack/events';
export const COMMAND = '/certpath';
const GENERAL = CHANNELS[0]!;

/** One request, signed as Slack signs it: headers + raw body. */
export interface SignedRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** Signs `body` now: a Slack signature stays valid for five minutes, longer than any round. */
export function signedRequest(
  body: string,
  contentType: string,
  timestampSeconds = Math.floor(Date.now() / 1000),
): SignedRequest {
  return {
    method: 'POST',
    path: EVENTS_PATH,
    headers: {
      'content-type': contentType,
      ...slackSignatureHeaders(BENCH_SECRETS.signingSecret, body, timestampSeconds),
    },
    body,
  };
}

/** `/certpath <question>` as Slack posts it: form-encoded, signed. */
export function slashCommandRequest(
  question: string,
  responseUrl: string,
  timestampSeconds?: number,
): SignedRequest {
  const fields = buildSlashCommand({
    command: COMMAND,
    text: question,
    channel: GENERAL,
    user: HUMAN,
    responseUrl,
    triggerId: '1000000000.1000000000.benchtrigger',
    verificationToken: 'bench-verification-token',
  });
  return signedRequest(
    new URLSearchParams(fields).toString(),
    'application/x-www-form-urlencoded',
    timestampSeconds,
  );
}

/** `@certpath <question>` in #general as an `app_mention` event; `ts` names the message (and the thread). */
export function appMentionRequest(question: string, ts: string, eventId: string): SignedRequest {
  const text = `<@${BOT.userId}> ${question}`;
  const event = {
    type: 'app_mention',
    user: HUMAN.id,
    text,
    ts,
    team: 'T0CERTPATH',
    channel: GENERAL.id,
    event_ts: ts,
    blocks: [
      {
        type: 'rich_text',
        block_id: 'bench',
        elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }],
      },
    ],
  };
  const envelope = buildEventEnvelope(event, { verificationToken: 'bench-verification-token', eventId });
  return signedRequest(JSON.stringify(envelope), 'application/json');
}
