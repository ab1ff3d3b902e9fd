import { describe, expect, it } from 'vitest';
import { readConfig, type SlackConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/slack/logger.js';
import { clientOptionsOf } from '../../../src/slack/receivers.js';
import { SlackTransport } from '../../../src/slack/slack-transport.js';
import { stopGraceMs, WEB_API_POLICY } from '../../../src/slack/web-api-policy.js';

const config = readConfig({
  SLACK_BOT_TOKEN: 'xoxb-1-2-policy',
  SLACK_SIGNING_SECRET: 'policy-secret',
  SLACK_API_URL: 'http://127.0.0.1:9/api',
}) as SlackConfig;
const transport = new SlackTransport({ policy: WEB_API_POLICY, logger: createLogger({ level: 'error' }) });

describe('the Web API client options', () => {
  it('send every call through the transport, which times out each attempt', () => {
    const options = clientOptionsOf(config, transport);
    expect(options.fetch).toBe(transport.fetch);
    expect(WEB_API_POLICY.timeoutMs).toBeGreaterThan(0);
  });

  it('reject a 429 the transport hands back instead of pausing every call for its Retry-After', () => {
    expect(clientOptionsOf(config, transport).rejectRateLimitedCalls).toBe(true);
  });

  it('retry a few times within seconds, not ten times over half an hour', () => {
    const { retryConfig } = clientOptionsOf(config, transport);
    expect(retryConfig).toMatchObject({ retries: WEB_API_POLICY.retries, randomize: true });
    expect(retryConfig?.retries).toBeLessThanOrEqual(5);
    expect(retryConfig?.maxTimeout).toBeLessThanOrEqual(10_000);
  });

  it('wait out at most a minute of Retry-After for one call', () => {
    expect(WEB_API_POLICY.maxRetryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('leave shutdown time for a hung attempt, a retry delay and one more whole attempt', () => {
    const grace = stopGraceMs(WEB_API_POLICY);
    expect(grace).toBeGreaterThan(2 * WEB_API_POLICY.timeoutMs + WEB_API_POLICY.maxRetryDelayMs);
    expect(grace).toBeLessThan(30_000);
  });

  it('keep pointing at SLACK_API_URL', () => {
    expect(clientOptionsOf(config, transport).slackApiUrl).toBe('http://127.0.0.1:9/api/');
  });
});
