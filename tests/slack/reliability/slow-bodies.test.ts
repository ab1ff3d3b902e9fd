import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSlackRequest } from '../../../src/playground/emulator/index.js';
import { SIGNING_SECRET, SlackHarness } from '../../support/slack-harness.js';

/**
 * Opens a raw connection, sends the headers of a request with a 1,000-byte body and then one byte
 * every 100 ms; resolves with what the bot answered once it closes the connection.
 */
function trickle(url: string, headers: Record<string, string>): Promise<string> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      const lines = [`POST ${pathname} HTTP/1.1`, `Host: ${hostname}`, 'Content-Length: 1000'];
      for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
      timer = setInterval(() => socket.writable && socket.write('x'), 100);
    });
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve(answer);
    });
    setTimeout(() => reject(new Error('the bot still held the connection after 20 s')), 20_000).unref();
  });
}

describe('slow bodies', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await SlackHarness.start({ requestTimeoutMs: 500 });
  });
  afterAll(() => slack.stop());

  it('cuts off a body that trickles in under signature headers after the request timeout', async () => {
    const now = Math.floor(Date.now() / 1000);
    const answer = await trickle(slack.eventsUrl, {
      'Content-Type': 'application/json',
      'X-Slack-Request-Timestamp': String(now),
      'X-Slack-Signature': signSlackRequest(SIGNING_SECRET, 'whatever', now),
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(slack.handled).toBe(0);
    expect((await fetch(`${slack.baseUrl}/healthz`)).status).toBe(200);
  }, 25_000);

  it('cuts off an unsigned form that trickles in as if it were an ssl_check', async () => {
    const answer = await trickle(slack.eventsUrl, { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect((await fetch(`${slack.baseUrl}/healthz`)).status).toBe(200);
  }, 25_000);

  it('refuses an unsigned JSON body at once, without waiting for it', async () => {
    const answer = await trickle(slack.eventsUrl, { 'Content-Type': 'application/json' });
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
  }, 25_000);
});
