import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CallLog } from '../call-log.js';
import { type Fault, takeFault } from '../faults.js';
import { type ApiArgs, parseApiArgs, readBody } from '../request-body.js';
import { fail, type MethodContext, type MethodResult } from './method-types.js';
import { WEB_API_METHODS } from './methods.js';

/** What the Web API endpoint needs from the emulator. */
export interface WebApiDeps {
  botToken: string;
  appToken?: string;
  calls: CallLog;
  faults: Fault[];
  /** Aborted when the emulator stops, so injected delays end at once. */
  signal: AbortSignal;
  context: Omit<MethodContext, 'args'>;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** Checks the token against the one the method takes, with Slack's error names. */
function authError(
  deps: WebApiDeps,
  kind: 'bot' | 'app',
  token: string | undefined,
): MethodResult | undefined {
  if (!token) return fail('not_authed');
  const expected = kind === 'bot' ? deps.botToken : deps.appToken;
  const other = kind === 'bot' ? deps.appToken : deps.botToken;
  if (expected !== undefined && token === expected) return undefined;
  return token === other ? fail('not_allowed_token_type') : fail('invalid_auth');
}

function answer(method: string, parsed: ApiArgs, deps: WebApiDeps): MethodResult {
  const spec = WEB_API_METHODS[method];
  if (!spec) return fail('unknown_method');
  const denied = authError(deps, spec.token, parsed.token);
  if (denied) return denied;
  if (parsed.malformedField) {
    return parsed.malformedField === 'blocks' ? fail('invalid_blocks_format') : fail('invalid_arguments');
  }
  return spec.handle({ ...deps.context, args: parsed.args });
}

interface Reply {
  /** 0 for a dropped connection. */
  status: number;
  body?: MethodResult;
  headers?: Record<string, string>;
}

/** The reply to a call: the injected fault's, if one applies, else the method's own. */
function reply(fault: Fault | undefined, method: string, parsed: ApiArgs, deps: WebApiDeps): Reply {
  switch (fault?.kind) {
    case 'drop_connection':
      return { status: 0 };
    case 'rate_limited':
      return {
        status: 429,
        body: fail('ratelimited'),
        headers: { 'Retry-After': String(fault.retryAfterSeconds) },
      };
    case 'server_error':
      return { status: fault.status ?? 500, body: fail('internal_error') };
    case 'error':
      return { status: 200, body: fail(fault.error) };
    default:
      return { status: 200, body: answer(method, parsed, deps) };
  }
}

/**
 * Serves `POST /api/<method>` as Slack does: HTTP 200 with `ok` true or false, except for
 * injected faults (429 with `Retry-After`, 5xx, a dropped connection, a delay).
 */
export async function handleWebApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  query: URLSearchParams,
  deps: WebApiDeps,
): Promise<void> {
  const parsed = parseApiArgs(await readBody(req), req, query);
  const fault = takeFault(deps.faults, method);
  if (fault?.kind === 'delay') await sleep(fault.ms, undefined, { signal: deps.signal });
  const { status, body, headers } = reply(fault, method, parsed, deps);
  if (body) sendJson(res, status, body, headers);
  else req.socket.destroy();
  deps.calls.record({ method, args: parsed.args, status, response: body, ...(fault ? { fault } : {}) });
}
