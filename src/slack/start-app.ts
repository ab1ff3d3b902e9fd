import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { SlackConfig } from '../config.js';
import type { InFlight } from './in-flight.js';
import { EVENTS_PATH } from './receivers.js';

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
}

const SLACK_API_URL = 'https://slack.com/api/';

/** Initializes the app (`auth.test` checks the bot token) and starts its receiver. */
export async function startSlackApp(
  app: App,
  config: SlackConfig,
  { inFlight, host, port }: StartOptions,
): Promise<RunningApp> {
  await app.init();
  const stop = async () => {
    await app.stop();
    await inFlight.idle();
  };
  if (config.mode === 'socket') {
    await app.start();
    return { url: config.slackApiUrl ?? SLACK_API_URL, stop };
  }
  const server = await app.start({ port: port ?? config.port, ...(host ? { host } : {}) });
  const { port: bound } = server.address() as AddressInfo;
  const hostname = !host ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return { url: `http://${hostname}:${bound}${EVENTS_PATH}`, stop };
}
