import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { SlackConfig } from '../config.js';
import type { InFlight } from './in-flight.js';
import { EVENTS_PATH } from './receivers.js';
import { checkingToken } from './start-failure.js';

/** A started app: where it can be reached, and how to stop it cleanly. */
export interface RunningApp {
  /** HTTP mode: the request URL to give Slack. Socket Mode: the Web API it connected through. */
  url: string;
  /**
   * Stops receiving, then waits for the replies already under way. In HTTP mode the listener is
   * closed before this returns, so a request made after the call is refused.
   */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The same tracker the app was created with. */
  inFlight: InFlight;
  /** HTTP mode: the interface to listen on (all of them by default). */
  host?: string;
  /** HTTP mode: overrides PORT; 0 picks a free port. */
  port?: number;
  /** HTTP mode: how long a client may take to send a whole request (HTTP_REQUEST_TIMEOUT_MS by default). */
  requestTimeoutMs?: number;
}

/**
 * Slack gives up on a request after 3 s and sends it within milliseconds, so a request whose
 * headers and body take longer than this is not from Slack: the connection is answered 408 and
 * closed, and a flood of slow bodies cannot hold sockets for Node's default five minutes.
 */
export const HTTP_REQUEST_TIMEOUT_MS = 5_000;

/** Node's server options for a request timeout: headers and the whole request within it, checked often. */
function serverTimeouts(timeoutMs: number) {
  return {
    requestTimeout: timeoutMs,
    headersTimeout: timeoutMs,
    // Node looks for overdue requests only this often (30 s by default).
    connectionsCheckingInterval: Math.min(1_000, Math.max(100, Math.floor(timeoutMs / 4))),
  };
}

const SLACK_API_URL = 'https://slack.com/api/';

/**
 * Initializes the app (`auth.test` checks the bot token) and starts its receiver. Slack out of
 * reach, or refusing a token, is a SlackStartError that says which token and why.
 */
export async function startSlackApp(
  app: App,
  config: SlackConfig,
  { inFlight, host, port, requestTimeoutMs = HTTP_REQUEST_TIMEOUT_MS }: StartOptions,
): Promise<RunningApp> {
  const apiUrl = config.slackApiUrl ?? SLACK_API_URL;
  await checkingToken('SLACK_BOT_TOKEN', apiUrl, () => app.init());
  const stop = async () => {
    await app.stop();
    await inFlight.idle();
  };
  if (config.mode === 'socket') {
    await checkingToken('SLACK_APP_TOKEN', apiUrl, () => app.start());
    return { url: apiUrl, stop };
  }
  const listen = { port: port ?? config.port, ...(host ? { host } : {}) };
  const server = await app.start(listen, serverTimeouts(requestTimeoutMs));
  const { port: bound } = server.address() as AddressInfo;
  const hostname = !host ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return { url: `http://${hostname}:${bound}${EVENTS_PATH}`, stop };
}
