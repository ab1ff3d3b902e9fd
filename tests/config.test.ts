import { describe, expect, it } from 'vitest';
import {
  type Config,
  ConfigError,
  type ConfigProblem,
  readConfig,
  secretsIn,
  secretsOf,
} from '../src/config.js';

const BOT = 'xoxb-1-2-abc';
const APP = 'xapp-1-A1-2-def';
const SECRET = '8f14e45fceea167a5a36dedd4bea2543';

/** The problems readConfig reports for `env`, or [] when it accepts it. */
function problemsOf(env: Record<string, string | undefined>): ConfigProblem[] {
  try {
    readConfig(env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return [...error.problems];
  }
}

const variables = (env: Record<string, string | undefined>) => problemsOf(env).map((p) => p.variable);

describe('readConfig', () => {
  it('chooses Socket Mode when the bot and app tokens are set', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual<Config>({
      mode: 'socket',
      botToken: BOT,
      appToken: APP,
      command: '/certpath',
      contentDir: 'content',
      listen: 'questions',
      logLevel: 'info',
      store: { kind: 'sqlite', dataDir: 'data', retentionDays: 90 },
      admins: [],
    });
  });

  it('prefers Socket Mode when the signing secret is set too', () => {
    expect(
      readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET }).mode,
    ).toBe('socket');
  });

  it('chooses HTTP mode on port 3000 when the bot token and signing secret are set', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toMatchObject({
      mode: 'http',
      botToken: BOT,
      signingSecret: SECRET,
      port: 3000,
    });
  });

  it('reads PORT in HTTP mode', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080' })).toMatchObject({
      port: 8080,
    });
  });

  it('chooses the playground when no Slack credentials are set', () => {
    expect(readConfig({})).toMatchObject({ mode: 'playground' });
  });

  it('serves the playground page on PORT, 3000 by default', () => {
    expect(readConfig({})).toMatchObject({ mode: 'playground', port: 3000 });
    expect(readConfig({ PORT: '4000' })).toMatchObject({ mode: 'playground', port: 4000 });
  });

  it('treats blank variables as unset, as in a copied .env.example', () => {
    const env = { SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: ' ', CERTPATH_MODE: '', PORT: '', LOG_LEVEL: '' };
    expect(readConfig(env)).toMatchObject({ mode: 'playground', logLevel: 'info' });
  });

  it('lets CERTPATH_MODE force a mode', () => {
    const all = { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET };
    expect(readConfig({ ...all, CERTPATH_MODE: 'http' }).mode).toBe('http');
    expect(readConfig({ ...all, CERTPATH_MODE: 'playground' }).mode).toBe('playground');
  });

  it('reads every optional setting', () => {
    const config = readConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      CERTPATH_COMMAND: '/certpath-dev',
      CERTPATH_CONTENT_DIR: 'guides',
      CERTPATH_LISTEN: 'off',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      slackApiUrl: 'http://127.0.0.1:9999/api/',
      command: '/certpath-dev',
      contentDir: 'guides',
      listen: 'off',
      logLevel: 'debug',
    });
  });

  it('names the missing app token or signing secret when only the bot token is set', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: BOT })).toEqual([
      {
        variable: 'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET',
        message: expect.stringContaining('Socket Mode'),
      },
    ]);
  });

  it('names the missing bot token when only the app token or the signing secret is set', () => {
    expect(variables({ SLACK_APP_TOKEN: APP })).toEqual(['SLACK_BOT_TOKEN']);
    expect(variables({ SLACK_SIGNING_SECRET: SECRET })).toEqual(['SLACK_BOT_TOKEN']);
  });

  it('names what a forced mode is missing', () => {
    expect(variables({ CERTPATH_MODE: 'socket' })).toEqual(['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN']);
    expect(variables({ CERTPATH_MODE: 'http', SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual([
      'SLACK_SIGNING_SECRET',
    ]);
  });

  it('names tokens of the wrong kind', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: APP, SLACK_APP_TOKEN: BOT })).toEqual([
      { variable: 'SLACK_BOT_TOKEN', message: 'must be a bot token starting with xoxb-' },
      { variable: 'SLACK_APP_TOKEN', message: 'must be an app-level token starting with xapp-' },
    ]);
  });

  it('reports every malformed variable at once, with the missing ones', () => {
    const env = {
      SLACK_APP_TOKEN: 'xoxp-user-token',
      PORT: 'eighty',
      SLACK_API_URL: 'not a url',
      CERTPATH_COMMAND: 'certpath',
      CERTPATH_LISTEN: 'always',
      LOG_LEVEL: 'verbose',
      CERTPATH_MODE: 'lambda',
    };
    expect(variables(env).sort()).toEqual(
      [
        'CERTPATH_COMMAND',
        'CERTPATH_LISTEN',
        'CERTPATH_MODE',
        'LOG_LEVEL',
        'PORT',
        'SLACK_API_URL',
        'SLACK_APP_TOKEN',
      ].sort(),
    );
  });

  it('rejects out-of-range ports and non-http API URLs', () => {
    expect(variables({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '70000' })).toEqual([
      'PORT',
    ]);
    expect(variables({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '3000.5' })).toEqual([
      'PORT',
    ]);
    expect(variables({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'ftp://x/api/' })).toEqual([
      'SLACK_API_URL',
    ]);
  });

  it('throws a ConfigError with a code, and a message listing every problem', () => {
    try {
      readConfig({ SLACK_BOT_TOKEN: 'nope', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect(error).toMatchObject({ code: 'CONFIG_INVALID', name: 'ConfigError' });
      expect((error as Error).message).toContain('SLACK_BOT_TOKEN: must be a bot token starting with xoxb-');
      expect((error as Error).message).toContain('LOG_LEVEL: must be debug, info, warn or error');
    }
  });

  it('never puts a token or secret in a problem message', () => {
    const message = problemsOf({ SLACK_BOT_TOKEN: 'xapp-secret-value', SLACK_SIGNING_SECRET: 'has space' })
      .map((p) => p.message)
      .join(' ');
    expect(message).not.toContain('secret-value');
    expect(message).not.toContain('has space');
  });
});

describe('secretsOf', () => {
  it('lists the values the logger must hide', () => {
    expect(secretsOf(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }))).toEqual([
      BOT,
      SECRET,
    ]);
    expect(secretsOf(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }))).toEqual([BOT, APP]);
    expect(secretsOf(readConfig({}))).toEqual([]);
  });
});

describe('secretsIn', () => {
  it('lists every credential in the environment, including one the chosen mode does not use', () => {
    const env = { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET };
    expect(readConfig(env).mode).toBe('socket');
    expect(secretsIn(env)).toEqual([BOT, APP, SECRET]);
    expect(secretsIn({ SLACK_SIGNING_SECRET: ' ', PORT: '3000' })).toEqual([]);
  });
});
