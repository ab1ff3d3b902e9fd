import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT, killIfRunning, type MainProcess, startMain } from './main-process.js';

const BOT_TOKEN = 'xoxb-4444-5555-halfconfiguredbot';
const APP_TOKEN = 'xapp-1-A0HALF-6666-halfconfiguredapp';

describe('a half-configured environment', () => {
  let run: MainProcess | undefined;
  afterEach(() => killIfRunning(run));

  it('HTTP mode without its signing secret and with a bad port: exits 1 naming both', async () => {
    run = startMain({
      CERTPATH_MODE: 'http',
      SLACK_BOT_TOKEN: BOT_TOKEN,
      PORT: '99999',
      CERTPATH_CONTENT_DIR: CONTENT,
    });
    expect(await run.exited).toBe(1);
    const output = run.output();
    expect(output).toMatch(/configuration is invalid \(2 problems\)/);
    expect(output).toContain('SLACK_SIGNING_SECRET: is missing (HTTP mode verifies requests with it)');
    expect(output).toContain('PORT: must be between 0 and 65535');
    expect(run.output()).not.toContain(BOT_TOKEN);
  });

  it('an app token without a bot token, plus two malformed settings: exits 1 naming all three', async () => {
    run = startMain({
      SLACK_APP_TOKEN: APP_TOKEN,
      LOG_LEVEL: 'loud',
      SLACK_API_URL: 'ftp://slack.example/api',
      CERTPATH_CONTENT_DIR: CONTENT,
    });
    expect(await run.exited).toBe(1);
    const output = run.output();
    expect(output).toMatch(/configuration is invalid \(3 problems\)/);
    expect(output).toContain('SLACK_BOT_TOKEN: is missing (Socket Mode needs the bot token)');
    expect(output).toContain('LOG_LEVEL: must be debug, info, warn or error');
    expect(output).toContain('SLACK_API_URL: must be an http(s) URL');
    expect(output).not.toContain(APP_TOKEN);
  });
});
