import type { Logger, webApi } from '@slack/bolt';
import type { HttpConfig, SlackConfig, SocketConfig } from '../config.js';
import { HTTPReceiver, SocketModeReceiver } from './bolt.js';
import { type Health, healthRoute } from './health.js';
import { REQUEST_BODY_LIMIT, screenRequests } from './screen-request.js';
import type { SlackTransport } from './slack-transport.js';
import { webClientOptions } from './web-api-policy.js';

/** The one endpoint Slack posts events, slash commands and interactions to. */
export const EVENTS_PATH = '/slack/events';

/**
 * Web API options both receivers and the App share: where Slack's API lives, retries, and the
 * transport that times out attempts and waits out 429s (Bolt's `respond()` goes through it too).
 */
export function clientOptionsOf(
  config: SlackConfig,
  transport: SlackTransport,
): Pick<
  webApi.WebClientOptions,
  'slackApiUrl' | 'timeout' | 'retryConfig' | 'rejectRateLimitedCalls' | 'fetch'
> {
  return {
    ...webClientOptions(transport.policy),
    fetch: transport.fetch,
    ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}),
  };
}

/** Socket Mode whose `stop()` resolves once the socket is closed, so shutdown can wait for it. */
class ClosingSocketModeReceiver extends SocketModeReceiver {
  override async stop(): Promise<void> {
    await this.client.disconnect();
  }
}

function socketReceiver(config: SocketConfig, logger: Logger, transport: SlackTransport): SocketModeReceiver {
  // The Socket Mode client makes its own Web API client for `apps.connections.open`; it gets
  // SLACK_API_URL here, in an object of its own, because that client rewrites the options it is given.
  const installerOptions = { clientOptions: clientOptionsOf(config, transport) };
  return new ClosingSocketModeReceiver({ appToken: config.appToken, logger, installerOptions });
}

function httpReceiver(config: HttpConfig, logger: Logger, health: () => Health): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    // screenRequests below is the one gate, as in the Lambda handler: it verifies every request to
    // EVENTS_PATH more strictly than Bolt does (no future timestamps, nothing after the hash) and
    // answers Slack's unsigned ssl_check itself, never handing it on. Bolt's second check of the same
    // signature cost a tenth of the slash command's throughput (an HMAC, a constant-time compare that
    // draws random bytes, and one more parse of the body) and could refuse nothing the screen passes.
    signatureVerification: false,
    endpoints: EVENTS_PATH,
    port: config.port,
    customRoutes: [healthRoute(health)],
    bodyLimit: REQUEST_BODY_LIMIT,
    logger,
  });
  receiver.requestListener = screenRequests(receiver.requestListener, {
    path: EVENTS_PATH,
    signingSecret: config.signingSecret,
    logger,
  });
  return receiver;
}

/** The receiver for the configured mode: Socket Mode with the app token, or HTTP with the signing secret. */
export function createReceiver(
  config: SlackConfig,
  logger: Logger,
  health: () => Health,
  transport: SlackTransport,
): SocketModeReceiver | HTTPReceiver {
  return config.mode === 'socket'
    ? socketReceiver(config, logger, transport)
    : httpReceiver(config, logger, health);
}
