import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { readBody } from './request-body.js';
import type { ResponseUrlReply } from './response-urls.js';

/** What the emulator's one HTTP server serves. */
export interface EmulatorRoutes {
  /** `POST /api/<method>`: the Web API. */
  webApi(req: IncomingMessage, res: ServerResponse, method: string, query: URLSearchParams): Promise<void>;
  /** `POST /response/<id>`: response URLs. */
  responseUrl(id: string, raw: string): ResponseUrlReply;
  /** WebSocket upgrades: Socket Mode. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function route(routes: EmulatorRoutes, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
  if (api?.[1]) return routes.webApi(req, res, api[1], url.searchParams);
  const response = /^\/response\/(\w+)$/.exec(url.pathname);
  if (response?.[1] && req.method === 'POST') {
    const reply = routes.responseUrl(response[1], await readBody(req));
    return sendJson(res, reply.status, reply.body);
  }
  sendJson(res, 404, { ok: false, error: 'not_found' });
}

/** The loopback server behind the Web API, response URLs and Socket Mode. */
export function createEmulatorServer(routes: EmulatorRoutes): Server {
  const server = createServer((req, res) => {
    route(routes, req, res).catch((error: unknown) => {
      // An aborted delay or a reset client is routine at shutdown; anything else is a bug worth a 500.
      if (res.headersSent || res.destroyed) return;
      sendJson(res, 500, { ok: false, error: 'internal_error', detail: String(error) });
    });
  });
  server.on('upgrade', (req, socket, head) => routes.upgrade(req, socket, head));
  return server;
}

/** Listens on 127.0.0.1 and resolves with the port (useful with port 0). */
export function listenOnLoopback(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Closes the server and every open connection at once, so test runs never hang on keep-alive. */
export function closeNow(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
