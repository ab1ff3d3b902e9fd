import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type HttpConfig, readConfig } from '../../src/config.js';
import { createAnswerer } from '../../src/core/answer/answerer.js';
import { createLambdaHandler, type LambdaHandler } from '../../src/lambda.js';
import { createSlackEmulator, type SlackEmulator } from '../../src/playground/emulator/index.js';
import { createMemoryDedupStore } from '../../src/slack/dedup-store.js';
import { createLogger } from '../../src/slack/logger.js';
import { createThreadMemory } from '../../src/slack/thread-memory.js';
import { functionUrlEvent, unsignedEvent } from '../support/lambda-events.js';
import { COMMAND_BODY, mentionBody } from '../support/raw-bodies.js';
import { BOT_TOKEN, GUIDES, SIGNING_SECRET } from '../support/slack-harness.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

describe('the AWS Lambda handler', () => {
  let emulator: SlackEmulator;
  let handler: LambdaHandler;
  const logs: string[] = [];

  beforeEach(async () => {
    emulator = createSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
    await emulator.start();
    const config = readConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: emulator.url,
    }) as HttpConfig;
    logs.length = 0;
    const logger = createLogger({ level: 'info', sink: (_, line) => logs.push(line) });
    handler = await createLambdaHandler({
      config,
      answerer: createAnswerer(GUIDES, { command: config.command }),
      logger,
      dedup: createMemoryDedupStore(),
      threads: createThreadMemory(),
    });
  });
  afterEach(() => emulator.stop());

  const posts = () => emulator.calls('chat.postMessage');

  it('answers a slash command in the response body', async () => {
    const response = await handler(functionUrlEvent(SIGNING_SECRET, COMMAND_BODY, FORM));
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body ?? '{}');
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toMatch(/harder|difficult/i);
  });

  it('answers a base64-encoded slash command the same way', async () => {
    const response = await handler(functionUrlEvent(SIGNING_SECRET, COMMAND_BODY, FORM, { base64: true }));
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body ?? '{}').response_type).toBe('ephemeral');
  });

  it('posts the answer to a mention before the invocation returns', async () => {
    const response = await handler(
      functionUrlEvent(SIGNING_SECRET, mentionBody('Ev0LAMBDA001', 'which exam is harder?'), JSON_TYPE),
    );
    expect(response.statusCode).toBe(200);
    expect(posts()).toHaveLength(1);
  });

  it('decodes a base64 JSON event with non-ASCII text as UTF-8 ("café 👍")', async () => {
    const body = mentionBody('Ev0LAMBDA002', 'café 👍 which exam is harder?');
    const response = await handler(functionUrlEvent(SIGNING_SECRET, body, JSON_TYPE, { base64: true }));
    expect(response.statusCode).toBe(200);
    expect(posts()).toHaveLength(1);
  });

  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', token: 't', challenge: 'ch4llenge-é' });
    const response = await handler(functionUrlEvent(SIGNING_SECRET, body, JSON_TYPE));
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body ?? '{}')).toEqual({ challenge: 'ch4llenge-é' });
  });

  it("answers Slack's unsigned ssl_check with 200 and does nothing else", async () => {
    const response = await handler(unsignedEvent('ssl_check=1&token=t', FORM));
    expect(response.statusCode).toBe(200);
    expect(emulator.calls().filter((call) => call.method !== 'auth.test')).toEqual([]);
  });

  it.each([
    ['forged', { secret: 'not-the-signing-secret' }],
    ['future-dated (ten minutes ahead)', { timestamp: Math.floor(Date.now() / 1000) + 600 }],
    ['stale (ten minutes old)', { timestamp: Math.floor(Date.now() / 1000) - 600 }],
  ])('refuses a %s request with 401 and does nothing', async (_, options) => {
    const body = mentionBody('Ev0LAMBDA003', 'which exam is harder?');
    const response = await handler(functionUrlEvent(SIGNING_SECRET, body, JSON_TYPE, options));
    expect(response.statusCode).toBe(401);
    expect(posts()).toEqual([]);
  });

  it('refuses an unsigned event with 401', async () => {
    const response = await handler(unsignedEvent(mentionBody('Ev0LAMBDA004', 'hi'), JSON_TYPE));
    expect(response.statusCode).toBe(401);
  });

  it('refuses a signed body that is not a JSON object with 400', async () => {
    const response = await handler(functionUrlEvent(SIGNING_SECRET, 'null', JSON_TYPE));
    expect(response.statusCode).toBe(400);
  });

  it('refuses anything but POST with 405', async () => {
    const response = await handler(functionUrlEvent(SIGNING_SECRET, '', FORM, { method: 'GET' }));
    expect(response.statusCode).toBe(405);
  });

  it("does not answer Slack's retry of an event a second time", async () => {
    const body = mentionBody('Ev0LAMBDA005', 'which exam is harder?');
    await handler(functionUrlEvent(SIGNING_SECRET, body, JSON_TYPE));
    for (const retry of ['1', '2']) {
      const headers = { 'X-Slack-Retry-Num': retry, 'X-Slack-Retry-Reason': 'http_timeout' };
      const response = await handler(functionUrlEvent(SIGNING_SECRET, body, JSON_TYPE, { headers }));
      expect(response.statusCode).toBe(200);
    }
    expect(posts()).toHaveLength(1);
  });
});
