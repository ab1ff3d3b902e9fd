import type { IncomingMessage } from 'node:http';

/** Fields that @slack/web-api JSON-encodes inside a form body. */
const JSON_FIELDS = ['blocks', 'attachments', 'view', 'metadata'];

const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Reads a request body as UTF-8 text. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new RangeError('request body is too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Web API arguments, decoded from whichever encoding the client chose. */
export interface ApiArgs {
  args: Record<string, unknown>;
  /** The token from `Authorization: Bearer …`, else from a `token` argument. */
  token?: string;
  /** A JSON-encoded field (e.g. `blocks`) that did not parse. */
  malformedField?: string;
}

/**
 * Decodes a Web API request the way Slack accepts it: form-encoded (as @slack/web-api sends,
 * with `blocks` and `view` as JSON strings) or a JSON body, plus query-string arguments.
 */
export function parseApiArgs(raw: string, req: IncomingMessage, query: URLSearchParams): ApiArgs {
  const args: Record<string, unknown> = Object.fromEntries(query);
  const contentType = req.headers['content-type'] ?? '';
  let malformedField: string | undefined;
  if (contentType.includes('application/json')) {
    const body = parseJsonObject(raw);
    if (body) Object.assign(args, body);
    else if (raw.trim() !== '') malformedField = 'body';
  } else {
    Object.assign(args, Object.fromEntries(new URLSearchParams(raw)));
  }
  for (const field of JSON_FIELDS) {
    const value = args[field];
    if (typeof value !== 'string') continue;
    try {
      args[field] = JSON.parse(value);
    } catch {
      malformedField ??= field;
    }
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const token = bearer ?? (typeof args.token === 'string' ? args.token : undefined);
  delete args.token;
  return { args, ...(token ? { token } : {}), ...(malformedField ? { malformedField } : {}) };
}

/** Parses text as a JSON object, or returns undefined. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a boolean argument that may arrive as `true` or as the string "true". */
export function isTrue(value: unknown): boolean {
  return value === true || value === 'true' || value === '1';
}
