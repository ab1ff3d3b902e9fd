import { createHmac } from 'node:crypto';

/**
 * Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` keyed
 * with the signing secret. Exported so tests can forge or skew signatures on purpose.
 */
export function signSlackRequest(signingSecret: string, body: string, timestampSeconds: number): string {
  const digest = createHmac('sha256', signingSecret).update(`v0:${timestampSeconds}:${body}`).digest('hex');
  return `v0=${digest}`;
}

/** The two headers Slack adds to every request it sends an app. */
export function slackSignatureHeaders(
  signingSecret: string,
  body: string,
  timestampSeconds: number = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    'X-Slack-Request-Timestamp': String(timestampSeconds),
    'X-Slack-Signature': signSlackRequest(signingSecret, body, timestampSeconds),
  };
}
