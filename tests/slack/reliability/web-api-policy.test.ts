import { describe, expect, it } from 'vitest';
import { readConfig, type SlackConfig } from '../../../src/config.js';
import { clientOptionsOf } from '../../../src/slack/receivers.js';
import { WEB_API_POLICY } from '../../../src/slack/web-api-policy.js';

const config = readConfig({
  SLACK_BOT_TOKEN: 'xoxb-1-2-policy',
  SLACK_SIGNING_SECRET: 'policy-secret',
  SLACK_API_URL: 'http://127.0.0.1:9/api',
}) as SlackConfig;

describe('the Web API client options', () => {
  it('set a timeout on every call, unlike the WebClient default of none', () => {
    const options = clientOptionsOf(config);
    expect(options.timeout).toBe(WEB_API_POLICY.timeoutMs);
    expect(options.timeout).toBeGreaterThan(0);
  });

  it('retry a few times within seconds, not ten times over half an hour', () => {
    const { retryConfig } = clientOptionsOf(config);
    expect(retryConfig).toMatchObject({ retries: WEB_API_POLICY.retries, randomize: true });
    expect(retryConfig?.retries).toBeLessThanOrEqual(5);
    expect(retryConfig?.maxTimeout).toBeLessThanOrEqual(10_000);
  });

  it('keep pointing at SLACK_API_URL', () => {
    expect(clientOptionsOf(config).slackApiUrl).toBe('http://127.0.0.1:9/api/');
  });
});
