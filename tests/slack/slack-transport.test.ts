import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/slack/logger.js';
import { MAX_WAITING_CALLS, SlackTransport } from '../../src/slack/slack-transport.js';
import { WEB_API_POLICY } from '../../src/slack/web-api-policy.js';

const URL_OF = (method: string) => `http://127.0.0.1:9/api/${method}`;
const limited = (seconds: number) =>
  new Response('', { status: 429, headers: { 'Retry-After': String(seconds) } });
const ok = () => new Response('{"ok":true}', { status: 200 });

/** A transport over a scripted fetch: each call to a URL takes the next answer scripted for it. */
function transportWith(script: Record<string, (() => Response)[]>, maxRetryAfterMs = 5_000) {
  const calls: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    const url = String(input);
    calls.push(url.split('/').pop()!);
    const next = script[url]?.shift();
    if (!next) throw new Error(`nothing scripted for ${url}`);
    return next();
  }) as typeof globalThis.fetch;
  const policy = { ...WEB_API_POLICY, maxRetryAfterMs };
  const transport = new SlackTransport({ policy, logger: createLogger({ level: 'error' }), fetch });
  return { transport, calls };
}

describe('SlackTransport', () => {
  it('waits out a Retry-After within the cap, then answers with the retry', async () => {
    const { transport, calls } = transportWith({ [URL_OF('chat.postMessage')]: [() => limited(0), ok] });
    const response = await transport.fetch(URL_OF('chat.postMessage'));
    expect(response.status).toBe(200);
    expect(calls).toEqual(['chat.postMessage', 'chat.postMessage']);
  });

  it('hands back a 429 whose Retry-After is past the cap at once, without calling again', async () => {
    const { transport, calls } = transportWith({ [URL_OF('chat.postMessage')]: [() => limited(3600)] });
    const response = await transport.fetch(URL_OF('chat.postMessage'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3600');
    expect(calls).toEqual(['chat.postMessage']);
    expect(transport.status.describe()).toMatch(/^rate-limited until /);
  });

  it('lets other calls through while one waits out its Retry-After', async () => {
    const { transport, calls } = transportWith({
      [URL_OF('chat.postMessage')]: [() => limited(2), ok],
      [URL_OF('views.publish')]: [ok],
    });
    const waiting = transport.fetch(URL_OF('chat.postMessage'));
    const other = await transport.fetch(URL_OF('views.publish'));
    expect(other.status).toBe(200);
    expect(calls).toEqual(['chat.postMessage', 'views.publish']);
    transport.stopBy(Date.now());
    expect((await waiting).status).toBe(429);
  });

  it(`gives up at once when ${MAX_WAITING_CALLS} calls already wait, so waits never fill the client's queue`, async () => {
    const url = URL_OF('chat.postMessage');
    const { transport } = transportWith({
      [url]: Array.from({ length: MAX_WAITING_CALLS + 1 }, () => () => limited(4)),
    });
    const waiting = Array.from({ length: MAX_WAITING_CALLS }, () => transport.fetch(url));
    while (transport.waitingCalls < MAX_WAITING_CALLS) await new Promise((done) => setImmediate(done));
    expect((await transport.fetch(url)).status).toBe(429);
    expect(transport.stopBy(Date.now())).toBe(MAX_WAITING_CALLS);
    expect((await Promise.all(waiting)).map((response) => response.status)).toEqual(
      Array(MAX_WAITING_CALLS).fill(429),
    );
  });

  it('at shutdown cuts the waits that would outlast it, and starts none that would', async () => {
    const { transport, calls } = transportWith({
      [URL_OF('chat.postMessage')]: [() => limited(4)],
      [URL_OF('chat.postEphemeral')]: [() => limited(4)],
    });
    const waiting = transport.fetch(URL_OF('chat.postMessage'));
    while (transport.waitingCalls < 1) await new Promise((done) => setImmediate(done));
    expect(transport.stopBy(Date.now() + 1_000)).toBe(1);
    expect((await waiting).status).toBe(429);
    expect((await transport.fetch(URL_OF('chat.postEphemeral'))).status).toBe(429);
    expect(calls).toEqual(['chat.postMessage', 'chat.postEphemeral']);
  });

  it('reports failing attempts, and ok again once Slack answers', async () => {
    const { transport } = transportWith({
      [URL_OF('chat.postMessage')]: [() => new Response('', { status: 503 }), ok],
    });
    await transport.fetch(URL_OF('chat.postMessage'));
    expect(transport.status.describe()).toMatch(/^failing since \S+ \(1 attempt\)$/);
    await transport.fetch(URL_OF('chat.postMessage'));
    expect(transport.status.describe()).toBe('ok');
  });
});
