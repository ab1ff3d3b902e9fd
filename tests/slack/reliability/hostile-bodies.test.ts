import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackSignatureHeaders } from '../../../src/playground/emulator/index.js';
import { REQUEST_BODY_LIMIT } from '../../../src/slack/screen-request.js';
import { COMMAND_BODY } from '../../support/raw-bodies.js';
import { SIGNING_SECRET, SlackHarness } from '../../support/slack-harness.js';

const FORM = 'application/x-www-form-urlencoded';

/** A body just over the limit, and one of several megabytes. */
const OVERSIZED = [REQUEST_BODY_LIMIT + 1, 6 * 1024 * 1024];
const CHUNK = 'x'.repeat(64 * 1024);

describe('malformed and oversized bodies', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await SlackHarness.start();
  });
  afterAll(() => slack.stop());

  async function postSigned(body: string, type = 'application/json', signed = true) {
    const headers = signed ? slackSignatureHeaders(SIGNING_SECRET, body) : {};
    const response = await fetch(slack.eventsUrl, {
      method: 'POST',
      headers: { 'Content-Type': type, ...headers },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  }

  /** The bot still answers: its health, and a real slash command on the same connection pool. */
  async function expectHealthy() {
    expect((await fetch(`${slack.baseUrl}/healthz`)).status).toBe(200);
    expect(await postSigned(COMMAND_BODY, FORM)).toBe(200);
  }

  const malformed: [string, string, string][] = [
    ['JSON cut short', '{"type":"event_callback","event":', 'application/json'],
    ['JSON null', 'null', 'application/json'],
    ['a JSON array', '[{"type":"event_callback"}]', 'application/json'],
    ['a JSON string', '"event_callback"', 'application/json'],
    ['a form whose payload is not JSON', 'payload=%7B%22type%22%3A', FORM],
    ['a form with broken percent-encoding', 'payload=%E0%A4%A&x=%', FORM],
    ['a form whose payload is null', 'payload=null', FORM],
  ];

  for (const [name, body, type] of malformed) {
    it(`answers 400 to a correctly signed body that is ${name}, and stays healthy`, async () => {
      const before = slack.handled;
      expect(await postSigned(body, type)).toBe(400);
      expect(slack.handled).toBe(before);
      await expectHealthy();
    });
  }

  for (const size of OVERSIZED) {
    it(`answers 413 to a ${size}-byte body, signed or not, and stays healthy`, async () => {
      const body = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(size) });
      expect(await postSigned(body)).toBe(413);
      expect(await postSigned(body, 'application/json', false)).toBe(413);
      await expectHealthy();
    });
  }

  /** Posts 48 chunks of 64 KiB without a Content-Length, with the given headers; resolves with the status. */
  function postChunked(headers: Record<string, string>): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const url = new URL(slack.eventsUrl);
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent: false },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.setHeader('Content-Type', 'application/json');
      for (const [name, value] of Object.entries(headers)) req.setHeader(name, value);
      // The bot may close the connection before the last chunks: its answer is what counts.
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      for (let i = 0; i < 48; i++) req.write(CHUNK);
      req.end();
    });
  }

  it('answers 413 to a signed multi-megabyte body sent in chunks without a length', async () => {
    const signed = slackSignatureHeaders(SIGNING_SECRET, CHUNK.repeat(48));
    expect(await postChunked(signed)).toBe(413);
    await expectHealthy();
  });

  it('answers 401 to an unsigned chunked body without reading it', async () => {
    expect(await postChunked({})).toBe(401);
    await expectHealthy();
  });
});
