import { resolve } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { createContainerHandler } from '../../src/lambda.js';
import { createSlackEmulator, type SlackEmulator } from '../../src/playground/emulator/index.js';
import { functionUrlEvent } from '../support/lambda-events.js';
import { freshPostgresDatabase } from '../support/postgres.js';
import { COMMAND_BODY, commandBody, mentionBody } from '../support/raw-bodies.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../support/slack-harness.js';

const CONTENT = resolve(import.meta.dirname, '../../content');
const FORM = 'application/x-www-form-urlencoded';

describe('the Lambda handler configured by the environment', () => {
  let emulator: SlackEmulator;
  let env: Record<string, string>;
  beforeEach(async () => {
    emulator = createSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
    await emulator.start();
    env = {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: emulator.url,
      CERTPATH_CONTENT_DIR: CONTENT,
      LOG_LEVEL: 'error',
    };
  });
  afterEach(() => emulator.stop());

  it('refuses to start without DATABASE_URL, naming it', async () => {
    const handler = createContainerHandler(env);
    const failure = handler(functionUrlEvent(SIGNING_SECRET, COMMAND_BODY, FORM));
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(failure).rejects.toThrow(/DATABASE_URL: is required on AWS Lambda/);
  });

  it('refuses Socket Mode credentials, since Slack posts to the Function URL', async () => {
    const handler = createContainerHandler({ ...env, SLACK_APP_TOKEN: APP_TOKEN, CERTPATH_MODE: 'socket' });
    await expect(handler(functionUrlEvent(SIGNING_SECRET, COMMAND_BODY, FORM))).rejects.toThrow(
      /CERTPATH_MODE/,
    );
  });

  it('sets up once per container: a second invocation answers without a second auth.test', async () => {
    const handler = createContainerHandler({ ...env, DATABASE_URL: await freshPostgresDatabase('lambda') });
    for (let round = 0; round < 2; round += 1) {
      const response = await handler(functionUrlEvent(SIGNING_SECRET, COMMAND_BODY, FORM));
      expect(JSON.parse(response.body ?? '{}').response_type).toBe('ephemeral');
    }
    expect(emulator.calls('auth.test')).toHaveLength(1);
  });

  it('answers an event once when Slack retries it on another container sharing the database', async () => {
    const url = await freshPostgresDatabase('lambda');
    const [first, second] = [0, 1].map(() => createContainerHandler({ ...env, DATABASE_URL: url }));
    const body = mentionBody('Ev0LAMBDAC01', 'which exam is harder? café 👍', '1700000600.000100');
    expect((await first!(functionUrlEvent(SIGNING_SECRET, body, 'application/json'))).statusCode).toBe(200);
    for (const retry of ['1', '2']) {
      const headers = { 'X-Slack-Retry-Num': retry, 'X-Slack-Retry-Reason': 'http_timeout' };
      const event = functionUrlEvent(SIGNING_SECRET, body, 'application/json', { base64: true, headers });
      expect((await second!(event)).statusCode).toBe(200);
    }
    expect(emulator.calls('chat.postMessage')).toHaveLength(1);
    expect(emulator.calls('auth.test')).toHaveLength(2);
  });

  it('records a question it could not answer before the invocation returns', async () => {
    const url = await freshPostgresDatabase('lambda');
    const handler = createContainerHandler({ ...env, DATABASE_URL: url });
    const body = commandBody('what should I wear to the testing center?');
    expect((await handler(functionUrlEvent(SIGNING_SECRET, body, FORM))).statusCode).toBe(200);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT question, surface FROM unanswered');
      expect(rows).toEqual([{ question: 'what should I wear to the testing center?', surface: 'slash' }]);
    } finally {
      await client.end();
    }
  });
});
