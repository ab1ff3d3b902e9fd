import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageClient } from '../../support/page-client.js';
import { startTestPlayground, type TestPlayground } from '../../support/playground.js';

/** A raw request, so that the Host and Origin headers can be anything a browser might send. */
function rawRequest(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += String(chunk)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Whether anything accepts a TCP connection at host:port. */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('the playground page server', () => {
  let playground: TestPlayground;
  let page: PageClient;
  beforeAll(async () => {
    playground = await startTestPlayground();
    page = PageClient.of(playground.url);
  });
  afterAll(() => playground.stop());

  it('serves the page, with the message log and its modules, under a strict content policy', async () => {
    const response = await fetch(`${page.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('role="log"');
    expect(html).toContain('<script type="module" src="/assets/app.js">');
  });

  it('serves every module and stylesheet the page loads, with their content types', async () => {
    const pending = ['app.js'];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const response = await fetch(`${page.baseUrl}/assets/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/javascript');
      const source = await response.text();
      for (const [, imported] of source.matchAll(/^import .* from '\.\/([\w-]+\.js)';$/gm))
        pending.push(imported!);
    }
    expect(seen.size).toBeGreaterThan(10);
    const html = await (await fetch(`${page.baseUrl}/`)).text();
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]!);
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      expect((await fetch(`${page.baseUrl}${sheet}`)).headers.get('content-type'), sheet).toContain(
        'text/css',
      );
    }
  });

  it('serves nothing outside the page’s own files', async () => {
    for (const path of [
      '/assets/tsconfig.json',
      '/assets/..%2F..%2F..%2Fpackage.json',
      '/assets/../server/page-server.ts',
      '/nope',
    ]) {
      expect((await fetch(`${page.baseUrl}${path}`)).status, path).toBe(404);
    }
  });

  it('listens on 127.0.0.1 only, like the bot and the emulator behind it', async () => {
    expect(playground.url).toBe(`http://localhost:${playground.port}`);
    expect(await reachable('127.0.0.1', playground.port)).toBe(true);
    expect(await reachable('::1', playground.port)).toBe(false);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4');
    for (const address of external) expect(await reachable(address!.address, playground.port)).toBe(false);
    expect(playground.botUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/slack\/events$/);
    expect(playground.emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/);
  });

  it('refuses a request that names another host, as a DNS-rebinding page would', async () => {
    const reply = await rawRequest(playground.port, { headers: { Host: `evil.example:${playground.port}` } });
    expect(reply.status).toBe(403);
  });

  it('refuses posts from another origin, and posts that are not JSON', async () => {
    const json = { 'Content-Type': 'application/json', Host: `localhost:${playground.port}` };
    const body = JSON.stringify({ channel: 'C0GENERAL', text: 'hi' });
    const crossSite = await rawRequest(playground.port, {
      method: 'POST',
      path: '/api/messages',
      headers: { ...json, Origin: 'https://evil.example' },
      body,
    });
    expect(crossSite.status).toBe(403);
    const form = await rawRequest(playground.port, {
      method: 'POST',
      path: '/api/messages',
      headers: { 'Content-Type': 'text/plain', Host: `localhost:${playground.port}` },
      body,
    });
    expect(form.status).toBe(415);
    expect(playground.emulator.workspace.messages()).toEqual([]);
  });

  it('answers a malformed action with invalid_arguments', async () => {
    expect(await page.post('/api/messages', { channel: 'C0GENERAL' })).toMatchObject({
      status: 400,
      body: { ok: false, error: 'invalid_arguments' },
    });
    expect(await page.post('/api/actions', { actionId: 'x' })).toMatchObject({ status: 400 });
  });

  it('answers an action on something that does not exist with not_found', async () => {
    expect(await page.click('1700000000.000100', 'certpath.share')).toMatchObject({
      status: 404,
      body: { ok: false, error: 'not_found' },
    });
    expect(await page.type('C0NOPE', 'hello')).toMatchObject({
      status: 404,
      body: { error: 'channel_not_found' },
    });
  });
});
