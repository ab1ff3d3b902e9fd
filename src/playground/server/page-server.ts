import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@slack/bolt';
import { snapshotOf, streamEventOf } from '../display/stream-events.js';
import { PlaygroundError } from '../errors.js';
import { PLAYGROUND_WORDS } from '../playground-words.js';
import { type ApiDeps, findRoute } from './api-routes.js';
import { EventStream } from './event-stream.js';
import { readJson, refusalOf } from './request-guard.js';
import { StaticFiles } from './static-files.js';

/** The page is a local tool: it loads nothing from elsewhere and may not be framed. */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export interface PageServerDeps extends ApiDeps {
  logger: Logger;
}

/** The running page server. */
export interface PageServer {
  /** `http://localhost:PORT`, what to open in a browser. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function serveFile(res: ServerResponse, files: StaticFiles, name: string): Promise<void> {
  const file = await files.get(name);
  if (!file) return sendJson(res, 404, { ok: false, error: 'not_found' });
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType });
  res.end(file.body);
}

/**
 * Serves the playground page, its files, its live stream and its JSON API on 127.0.0.1 only.
 * Resolves once listening; `port` 0 picks a free port.
 */
export async function startPageServer(deps: PageServerDeps, port: number): Promise<PageServer> {
  const files = new StaticFiles();
  const stream = new EventStream();
  const unsubscribe = deps.workspace.subscribe((change) => {
    const event = streamEventOf(change);
    if (event) stream.send(event);
  });
  let bound = port;

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const refusal = refusalOf(req, bound);
    if (refusal) return sendJson(res, refusal.status, { ok: false, error: refusal.error });
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && pathname === '/') return serveFile(res, files, 'index.html');
    const asset = /^\/assets\/([\w.-]+)$/.exec(pathname);
    if (req.method === 'GET' && asset?.[1]) return serveFile(res, files, asset[1]);
    if (req.method === 'GET' && pathname === '/api/stream') {
      stream.open(res, { type: 'snapshot', snapshot: snapshotOf(deps.workspace, deps.command) });
      return;
    }
    const found = findRoute(req.method ?? 'GET', pathname);
    if (!found) return sendJson(res, 404, { ok: false, error: 'not_found' });
    if ('wrongMethod' in found) return sendJson(res, 405, { ok: false, error: 'method_not_allowed' });
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    const reply = await found.route.handle(deps, body, found.params);
    sendJson(res, reply.status, reply.body);
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      if (error instanceof PlaygroundError && error.code === 'BAD_REQUEST')
        return sendJson(res, 400, { ok: false, error: 'invalid_arguments', detail: error.message });
      deps.logger.error('the playground could not handle a request from the page', error);
      sendJson(res, 500, { ok: false, error: 'internal_error' });
    });
  });
  bound = await listen(server, port);
  return {
    url: `http://localhost:${bound}`,
    port: bound,
    stop: async () => {
      unsubscribe();
      stream.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new PlaygroundError('PORT_IN_USE', PLAYGROUND_WORDS.portInUse(port), { cause: error })
          : error,
      );
    });
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
