import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSlackRequest, slackSignatureHeaders } from '../../../src/playground/emulator/index.js';
import { COMMAND_BODY, mentionBody } from '../../support/raw-bodies.js';
import { SIGNING_SECRET, SlackHarness } from '../../support/slack-harness.js';

const FORM = 'application/x-www-form-urlencoded';

const MENTION_BODY = mentionBody('Ev0SIGNED001');

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('every request to the HTTP endpoint is verified', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await SlackHarness.start();
  });
  afterAll(() => slack.stop());

  async function post(body: string, headers: Record<string, string>, type = 'application/json') {
    const response = await fetch(slack.eventsUrl, {
      method: 'POST',
      headers: { 'Content-Type': type, ...headers },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  }

  /** Nothing ran and nothing was posted since `before`, and the bot still answers its health check. */
  async function expectUntouched(before: { handled: number; replies: number }) {
    expect(slack.handled).toBe(before.handled);
    expect(slack.replies()).toHaveLength(before.replies);
    expect((await fetch(`${slack.baseUrl}/healthz`)).status).toBe(200);
  }

  const refusals: [string, () => [string, Record<string, string>, string?]][] = [
    ['signed with another secret', () => [MENTION_BODY, slackSignatureHeaders('forged', MENTION_BODY)]],
    [
      'stale (six minutes old)',
      () => [COMMAND_BODY, slackSignatureHeaders(SIGNING_SECRET, COMMAND_BODY, nowSeconds() - 360), FORM],
    ],
    [
      'from the far future (an hour ahead)',
      () => [MENTION_BODY, slackSignatureHeaders(SIGNING_SECRET, MENTION_BODY, nowSeconds() + 3600)],
    ],
    [
      'six minutes ahead',
      () => [COMMAND_BODY, slackSignatureHeaders(SIGNING_SECRET, COMMAND_BODY, nowSeconds() + 360), FORM],
    ],
    [
      'missing X-Slack-Signature',
      () => [MENTION_BODY, { 'X-Slack-Request-Timestamp': String(nowSeconds()) }],
    ],
    [
      'missing X-Slack-Request-Timestamp',
      () => [
        MENTION_BODY,
        { 'X-Slack-Signature': signSlackRequest(SIGNING_SECRET, MENTION_BODY, nowSeconds()) },
      ],
    ],
    ['missing both headers', () => [COMMAND_BODY, {}, FORM]],
    [
      'with a timestamp that is not a number',
      () => [
        MENTION_BODY,
        {
          'X-Slack-Request-Timestamp': 'soon',
          'X-Slack-Signature': signSlackRequest(SIGNING_SECRET, MENTION_BODY, 0),
        },
      ],
    ],
    [
      'with an unknown signature version',
      () => {
        const headers = slackSignatureHeaders(SIGNING_SECRET, MENTION_BODY);
        return [
          MENTION_BODY,
          { ...headers, 'X-Slack-Signature': headers['X-Slack-Signature']!.replace('v0=', 'v1=') },
        ];
      },
    ],
  ];

  for (const [name, request] of refusals) {
    it(`answers 401 to a request ${name}, runs no listener and posts nothing`, async () => {
      const before = { handled: slack.handled, replies: slack.replies().length };
      const [body, headers, type] = request();
      expect(await post(body, headers, type)).toBe(401);
      await expectUntouched(before);
    });
  }

  it('accepts a signed slash command whose content type carries a charset', async () => {
    const headers = slackSignatureHeaders(SIGNING_SECRET, COMMAND_BODY);
    expect(await post(COMMAND_BODY, headers, `${FORM}; charset=UTF-8`)).toBe(200);
  });

  it('accepts a request signed within the five minutes either way', async () => {
    for (const skew of [-240, 240]) {
      const headers = slackSignatureHeaders(SIGNING_SECRET, COMMAND_BODY, nowSeconds() + skew);
      expect(await post(COMMAND_BODY, headers, FORM)).toBe(200);
    }
  });
});
