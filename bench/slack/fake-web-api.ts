import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { BOT } from '../../src/playground/emulator/workspace.js';

/** A `chat.postMessage` the bot made, and when it arrived (performance.now() of this process). */
export interface ArrivedPost {
  channel: string;
  threadTs?: string;
  at: number;
}

/** A loopback Web API that answers what the bot calls and reports each post. */
export interface FakeWebApi {
  /** Ends in `/`, as SLACK_API_URL must. */
  url: string;
  /** Calls `listener` with every post from now on; the returned function unsubscribes. */
  onPost(listener: (post: ArrivedPost) => void): () => void;
  counts(): Record<string, number>;
  close(): Promise<void>;
}

/**
 * Smaller than the playground's emulator on purpose: it keeps no log and no workspace (the emulator
 * remembers every call, which a ten-thousand-event run would turn into a memory benchmark of its own),
 * and it does not validate blocks. It answers `auth.test` and acknowledges everything else.
 */
export async function startFakeWebApi(): Promise<FakeWebApi> {
  const listeners = new Set<(post: ArrivedPost) => void>();
  const counts: Record<string, number> = {};
  let seq = 0;
  const server: Server = createServer(async (req, res) => {
    const method = /^\/api\/([\w.]+)/.exec(req.url ?? '')?.[1] ?? 'unknown';
    counts[method] = (counts[method] ?? 0) + 1;
    const args = parseArgs(await readBody(req), req.headers['content-type']);
    const at = performance.now();
    let body: Record<string, unknown> = { ok: true };
    if (method === 'auth.test')
      body = {
        ok: true,
        url: 'https://certpath.slack.com/',
        team: 'CertPath',
        user: BOT.name,
        team_id: 'T0CERTPATH',
        user_id: BOT.userId,
        bot_id: BOT.botId,
      };
    if (method === 'chat.postMessage') {
      seq += 1;
      const post = {
        channel: String(args.channel ?? ''),
        at,
        ...(typeof args.thread_ts === 'string' ? { threadTs: args.thread_ts } : {}),
      };
      for (const listener of listeners) listener(post);
      body = { ok: true, channel: post.channel, ts: `1800000000.${String(seq).padStart(6, '0')}` };
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    onPost: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    counts: () => ({ ...counts }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let raw = '';
    req.setEncoding('utf8').on('data', (chunk: string) => {
      raw += chunk;
    });
    req.on('end', () => resolve(raw)).on('error', reject);
  });
}

function parseArgs(raw: string, contentType = ''): Record<string, unknown> {
  if (contentType.includes('json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  return Object.fromEntries(new URLSearchParams(raw));
}
