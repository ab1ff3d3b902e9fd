import type { IncomingMessage } from 'node:http';
import { PlaygroundError } from '../errors.js';

const MAX_BODY_BYTES = 256 * 1024;

/** Why a request is refused: its status and Slack-style error name. */
export interface Refusal {
  status: number;
  error: string;
}

/**
 * Only this machine's browser may drive the playground. The server listens on 127.0.0.1, and
 * a request must also name it as its Host (so a DNS-rebound site cannot reach it) and, when
 * it posts, come from the page itself as JSON (which a cross-site form cannot send).
 */
export function refusalOf(req: IncomingMessage, port: number): Refusal | undefined {
  const hosts = new Set([`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);
  if (!hosts.has(req.headers.host ?? '')) return { status: 403, error: 'unknown_host' };
  if (req.method !== 'POST') return undefined;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, '')))
    return { status: 403, error: 'cross_origin' };
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    return { status: 415, error: 'json_only' };
  return undefined;
}

/** The request's JSON body; a PlaygroundError when it is too large or not JSON. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new PlaygroundError('BAD_REQUEST', 'the request body is too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch (error) {
    throw new PlaygroundError('BAD_REQUEST', 'the request body is not JSON', { cause: error });
  }
}
