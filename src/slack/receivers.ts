import { HTTPReceiver, type Logger, SocketModeReceiver } from '@slack/bolt';
import type { HttpConfig, SlackConfig, SocketConfig } from '../config.js';
import { type Health, healthRoute } from './health.js';

/** The one endpoint Slack posts events, slash commands and interactions to. */
export const EVENTS_PATH = '/slack/events';

/** Web API options both receivers and the App share: where Slack's API lives. */
export function clientOptionsOf(config: SlackConfig): { slackApiUrl?: string } {
  return config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {};
}

/** Socket Mode whose `stop()` resolves once the socket is closed, so shutdown can wait for it. */
class ClosingSocketModeReceiver extends SocketModeReceiver {
  override async stop(): Promise<void> {
    await this.client.disconnect();
  }
}

function socketReceiver(config: SocketConfig, logger: Logger): SocketModeReceiver {
  // The Socket Mode client makes its own Web API client for `apps.connections.open`; it gets
  // SLACK_API_URL here, in an object of its own, because that client rewrites the options it is given.
  const installerOptions = { clientOptions: clientOptionsOf(config) };
  return new ClosingSocketModeReceiver({ appToken: config.appToken, logger, installerOptions });
}

function httpReceiver(config: HttpConfig, logger: Logger, health: Health): HTTPReceiver {
  return new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: EVENTS_PATH,
    port: config.port,
    customRoutes: [healthRoute(health)],
    logger,
  });
}

/** The receiver for the configured mode: Socket Mode with the app token, or HTTP with the signing secret. */
export function createReceiver(
  config: SlackConfig,
  logger: Logger,
  health: Health,
): SocketModeReceiver | HTTPReceiver {
  return config.mode === 'socket' ? socketReceiver(config, logger) : httpReceiver(config, logger, health);
}
