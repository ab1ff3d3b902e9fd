import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sectionRefValue } from '../../../src/core/render/index.js';
import { signSlackRequest, slackSignatureHeaders } from '../../../src/playground/emulator/index.js';
import { COMMAND_BODY } from '../../support/raw-bodies.js';
import { GUIDES, SIGNING_SECRET, SlackHarness } from '../../support/slack-harness.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
const SECTION = sectionRefValue(GUIDES[0]!.id, GUIDES[0]!.sections[0]!.id);

/** A loopback server that records every request: where a forged response_url points. */
async function startRecorder(): Promise<{ server: Server; url: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    res.end('ok');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/hook`, hits };
}

const eventCallback = (eventId: string, event: Record<string, unknown>) => ({
  type: 'event_callback',
  team_id: 'T0CERTPATH',
  api_app_id: 'A0CERTPATH',
  event_id: eventId,
  event_time: 1_700_000_000,
  event,
});

const MENTION = eventCallback('Ev0FORGE0001', {
  type: 'app_mention',
  user: 'U0HUMAN',
  text: '<@U0CERTBOT> which exam is harder?',
  ts: '1700000000.000100',
  channel: 'C0GENERAL',
});
const HOME = eventCallback('Ev0FORGE0002', { type: 'app_home_opened', user: 'U0HUMAN', tab: 'home' });
const DM = eventCallback('Ev0FORGE0003', {
  type: 'message',
  channel_type: 'im',
  user: 'U0HUMAN',
  text: 'which exam is harder?',
  ts: '1700000000.000200',
  channel: 'D0CERTBOT',
});
const share = (responseUrl: string) => ({
  type: 'block_actions',
  user: { id: 'U0HUMAN', name: 'human', team_id: 'T0CERTPATH' },
  team: { id: 'T0CERTPATH', domain: 'certpath' },
  api_app_id: 'A0CERTPATH',
  trigger_id: '1.2.3',
  container: {
    type: 'message',
    message_ts: '1700000000.000300',
    channel_id: 'C0GENERAL',
    is_ephemeral: true,
  },
  channel: { id: 'C0GENERAL', name: 'general' },
  response_url: responseUrl,
  actions: [
    {
      type: 'button',
      action_id: 'certpath.share',
      block_id: 'b',
      value: SECTION,
      action_ts: '1700000001.000',
    },
  ],
});

const form = (...pairs: string[]) => pairs.join('&');
const field = (name: string, value: unknown) =>
  `${name}=${encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value))}`;

describe('forged requests never reach a listener', () => {
  let slack: SlackHarness;
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  beforeAll(async () => {
    slack = await SlackHarness.start();
    recorder = await startRecorder();
  });
  afterAll(async () => {
    await slack.stop();
    await new Promise((done) => recorder.server.close(done));
  });

  async function post(body: string, type: string, headers: Record<string, string> = {}) {
    const response = await fetch(slack.eventsUrl, {
      method: 'POST',
      headers: { 'Content-Type': type, ...headers },
      body,
    });
    return { status: response.status, text: await response.text() };
  }

  /**
   * Sends `attack`, then one real signed slash command, and waits for the bot to finish with it: a
   * forged delivery that got in would have been handled by then, and counted, or made its call.
   */
  async function expectNothingDone(attack: () => Promise<{ status: number }>, status = 401) {
    const before = { handled: slack.handled, replies: slack.replies().length };
    expect((await attack()).status).toBe(status);
    expect((await slack.command('which exam is harder?')).status).toBe(200);
    await slack.settle();
    expect(slack.handled).toBe(before.handled + 1);
    expect(slack.replies()).toHaveLength(before.replies);
    expect(recorder.hits).toEqual([]);
  }

  const payloads: [string, Record<string, unknown>][] = [
    ['an app_mention', MENTION],
    ['an app_home_opened', HOME],
    ['a DM', DM],
  ];
  for (const [name, payload] of payloads) {
    it(`refuses ${name} smuggled next to ssl_check=1, unsigned`, async () => {
      await expectNothingDone(() => post(form('ssl_check=1', field('payload', payload)), FORM));
    });
  }

  it('refuses a "Share in channel" click smuggled next to ssl_check=1, and never calls its response_url', async () => {
    await expectNothingDone(() => post(form('ssl_check=1', field('payload', share(recorder.url))), FORM));
  });

  const variants: [string, () => string, string][] = [
    ['with the fields swapped', () => form(field('payload', share(recorder.url)), 'ssl_check=1'), FORM],
    ['with ssl_check repeated', () => form('ssl_check=1', 'ssl_check=0', field('payload', MENTION)), FORM],
    [
      'with ssl_check repeated the other way',
      () => form('ssl_check=0', 'ssl_check=1', field('payload', MENTION)),
      FORM,
    ],
    [
      'with a percent-encoded key',
      () => form('ssl%5Fcheck=1', field('p%61yload', share(recorder.url))),
      FORM,
    ],
    ['with the token Slack adds', () => form('ssl_check=1', 'token=abc', field('payload', MENTION)), FORM],
    ['as a slash command', () => `ssl_check=1&${COMMAND_BODY.replace('http', 'x')}`, FORM],
    [
      'with a charset on the type',
      () => form('ssl_check=1', field('payload', MENTION)),
      `${FORM}; charset=utf-8`,
    ],
    ['as JSON', () => JSON.stringify({ ...MENTION, ssl_check: '1' }), JSON_TYPE],
  ];
  for (const [name, body, type] of variants) {
    it(`refuses an unsigned ssl_check ${name}`, async () => {
      await expectNothingDone(() => post(body(), type));
    });
  }

  it('refuses an unsigned ssl_check sent as text/plain with 415', async () => {
    await expectNothingDone(() => post(form('ssl_check=1', field('payload', MENTION)), 'text/plain'), 415);
  });

  it('refuses an unsigned url_verification without echoing its challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', token: 't', challenge: 'forged-challenge' });
    const response = await post(body, JSON_TYPE);
    expect(response).toEqual({ status: 401, text: '' });
  });

  it("answers Slack's real ssl_check (ssl_check=1 and a token) with 200 and does nothing else", async () => {
    await expectNothingDone(() => post('ssl_check=1&token=legacy-verification-token', FORM), 200);
    await expectNothingDone(() => post('ssl_check=1', FORM), 200);
  });

  it('answers a signed url_verification with its challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', token: 't', challenge: 'real-challenge' });
    const response = await post(body, JSON_TYPE, slackSignatureHeaders(SIGNING_SECRET, body));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ challenge: 'real-challenge' });
  });

  it('refuses a valid signature with anything after it', async () => {
    const body = JSON.stringify(MENTION);
    const now = Math.floor(Date.now() / 1000);
    const signature = signSlackRequest(SIGNING_SECRET, body, now);
    for (const forged of [
      `${signature}=junk`,
      `${signature},v0=00`,
      `${signature}00`,
      signature.toUpperCase(),
    ]) {
      await expectNothingDone(() =>
        post(body, JSON_TYPE, { 'X-Slack-Request-Timestamp': String(now), 'X-Slack-Signature': forged }),
      );
    }
  });

  // fetch trims header values, so padding with spaces cannot be tried from here.
  it('refuses a timestamp that only Number() would read', async () => {
    const body = JSON.stringify(MENTION);
    const now = Math.floor(Date.now() / 1000);
    for (const timestamp of [`${now}.0`, `0x${now.toString(16)}`, `+${now}`]) {
      const headers = {
        'X-Slack-Request-Timestamp': timestamp,
        'X-Slack-Signature': signSlackRequest(SIGNING_SECRET, body, now),
      };
      await expectNothingDone(() => post(body, JSON_TYPE, headers));
    }
  });

  it('refuses correctly signed JSON sent as text/plain with 415', async () => {
    const body = JSON.stringify(MENTION);
    await expectNothingDone(() => post(body, 'text/plain', slackSignatureHeaders(SIGNING_SECRET, body)), 415);
  });

  it('logs each refusal with its reason, and never the secret or the body', () => {
    const refusals = slack.logs.filter((line) => line.includes('refused a request to /slack/events'));
    expect(refusals.length).toBeGreaterThanOrEqual(10);
    expect(refusals.some((line) => line.includes('(401): the signature headers are missing'))).toBe(true);
    expect(refusals.some((line) => line.includes('not v0= and 64 hex digits'))).toBe(true);
    expect(refusals.some((line) => line.includes('(415)'))).toBe(true);
    for (const line of slack.logs) {
      expect(line).not.toContain(SIGNING_SECRET);
      expect(line).not.toContain('which exam is harder?&');
      expect(line).not.toContain(recorder.url);
    }
  });
});
