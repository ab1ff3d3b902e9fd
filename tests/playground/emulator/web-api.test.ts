import type { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlackEmulator } from '../../../src/playground/emulator/index.js';
import { APP_TOKEN, BOT_TOKEN, buttonMessage, startEmulator, webClient } from './emulator-fixture.js';

describe('the emulator Web API', () => {
  let emulator: SlackEmulator;
  let client: WebClient;

  beforeEach(async () => {
    emulator = await startEmulator();
    client = webClient(emulator);
  });
  afterEach(() => emulator.stop());

  it('answers auth.test with the bot identity Bolt expects', async () => {
    const result = await client.auth.test();
    expect(result).toMatchObject({
      ok: true,
      team: 'CertPath',
      team_id: 'T0CERTPATH',
      user_id: 'U0CERTBOT',
      bot_id: 'B0CERTBOT',
    });
    expect(result.url).toMatch(/^https:\/\//);
  });

  it('rejects a wrong token with invalid_auth and the app token with not_allowed_token_type', async () => {
    await expect(webClient(emulator, 'xoxb-wrong').auth.test()).rejects.toMatchObject({
      data: { ok: false, error: 'invalid_auth' },
    });
    await expect(webClient(emulator, APP_TOKEN).auth.test()).rejects.toMatchObject({
      data: { error: 'not_allowed_token_type' },
    });
  });

  it('answers an unknown method with unknown_method', async () => {
    await expect(client.apiCall('certpath.doesNotExist')).rejects.toMatchObject({
      data: { error: 'unknown_method' },
    });
  });

  it('posts a message with blocks sent form-encoded and stores it', async () => {
    const result = await client.chat.postMessage({ channel: 'C0GENERAL', ...buttonMessage() });
    expect(result).toMatchObject({
      ok: true,
      channel: 'C0GENERAL',
      message: { text: 'Pick a side', bot_id: 'B0CERTBOT' },
    });
    expect(result.ts).toMatch(/^\d{10}\.\d{6}$/);
    const [stored] = emulator.workspace.messages({ channel: 'C0GENERAL' });
    expect(stored).toMatchObject({ ts: result.ts, user: 'U0CERTBOT', blocks: buttonMessage().blocks });
    expect(emulator.calls('chat.postMessage')[0]?.args.blocks).toEqual(buttonMessage().blocks);
  });

  it('mints strictly increasing Slack-style ts values', async () => {
    const posted: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      posted.push(String((await client.chat.postMessage({ channel: 'C0GENERAL', text: `n${i}` })).ts));
    }
    const sorted = [...posted].sort((a, b) => Number(a) - Number(b));
    expect(new Set(posted).size).toBe(5);
    expect(posted).toEqual(sorted);
  });

  it('accepts a JSON body with a bearer token', async () => {
    const response = await fetch(`${emulator.url}chat.postMessage`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', Authorization: `Bearer ${BOT_TOKEN}` },
      body: JSON.stringify({ channel: 'D0CERTBOT', text: 'hello in the DM' }),
    });
    expect(await response.json()).toMatchObject({ ok: true, channel: 'D0CERTBOT' });
  });

  it('answers not_in_channel for #random and channel_not_found for an unknown channel', async () => {
    await expect(client.chat.postMessage({ channel: 'C0RANDOM', text: 'hi' })).rejects.toMatchObject({
      data: { error: 'not_in_channel' },
    });
    await expect(client.chat.postMessage({ channel: 'C0NOPE', text: 'hi' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
    expect(emulator.workspace.messages()).toEqual([]);
  });

  it('rejects invalid blocks with invalid_blocks and a JSON pointer per problem', async () => {
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }];
    const error = await client.chat
      .postMessage({ channel: 'C0GENERAL', text: 'too long', blocks })
      .catch((e) => e);
    expect(error.data.error).toBe('invalid_blocks');
    expect(error.data.errors).toEqual([
      'must be at most 150 characters (is 151) [json-pointer:/blocks/0/text/text]',
    ]);
    expect(emulator.workspace.messages()).toEqual([]);
  });

  it('answers no_text when there is neither text nor blocks', async () => {
    await expect(client.chat.postMessage({ channel: 'C0GENERAL', text: '' })).rejects.toMatchObject({
      data: { error: 'no_text' },
    });
  });

  it('posts an ephemeral message that only its user sees', async () => {
    const result = await client.chat.postEphemeral({ channel: 'C0GENERAL', user: 'U0HUMAN', text: 'psst' });
    expect(result).toMatchObject({ ok: true });
    expect(emulator.workspace.messages({ visibleTo: 'U0HUMAN' })).toHaveLength(1);
    expect(emulator.workspace.messages({ visibleTo: 'U0SOMEONE' })).toHaveLength(0);
    expect(emulator.workspace.message(String(result.message_ts))?.ephemeralTo).toBe('U0HUMAN');
  });

  it('updates and deletes the bot’s own messages', async () => {
    const posted = await client.chat.postMessage({ channel: 'C0GENERAL', text: 'draft' });
    const ts = String(posted.ts);
    const updated = await client.chat.update({ channel: 'C0GENERAL', ts, text: 'final' });
    expect(updated).toMatchObject({ ok: true, ts, text: 'final' });
    expect(emulator.workspace.message(ts)).toMatchObject({ text: 'final', edited: { user: 'U0CERTBOT' } });
    await client.chat.delete({ channel: 'C0GENERAL', ts });
    expect(emulator.workspace.message(ts)?.deleted).toBe(true);
    await expect(client.chat.update({ channel: 'C0GENERAL', ts, text: 'again' })).rejects.toMatchObject({
      data: { error: 'message_not_found' },
    });
  });

  it('refuses to update a human’s message', async () => {
    const { message } = await emulator.postUserMessage({ channel: 'C0RANDOM', text: 'mine' });
    await expect(
      client.chat.update({ channel: 'C0RANDOM', ts: message.ts, text: 'hijack' }),
    ).rejects.toMatchObject({
      data: { error: 'cant_update_message' },
    });
  });

  it('records calls in order and hands successive calls to successive waits', async () => {
    const first = emulator.waitForCall('chat.postMessage', { timeoutMs: 2000 });
    await client.chat.postMessage({ channel: 'C0GENERAL', text: 'one' });
    await client.chat.postMessage({ channel: 'C0GENERAL', text: 'two' });
    expect((await first).args.text).toBe('one');
    expect((await emulator.waitForCall('chat.postMessage')).args.text).toBe('two');
    expect(emulator.calls().map((c) => c.method)).toEqual(['chat.postMessage', 'chat.postMessage']);
    expect(emulator.calls()[0]?.args).not.toHaveProperty('token');
  });

  it('fails a wait that sees no call in time', async () => {
    await expect(emulator.waitForCall('chat.update', { timeoutMs: 20 })).rejects.toMatchObject({
      code: 'EMULATOR_TIMEOUT',
      name: 'EmulatorTimeoutError',
    });
  });

  it('streams workspace changes to subscribers', async () => {
    const changes: string[] = [];
    const unsubscribe = emulator.subscribe((change) => changes.push(change.type));
    const { ts } = await client.chat.postMessage({ channel: 'C0GENERAL', text: 'a' });
    await client.chat.update({ channel: 'C0GENERAL', ts: String(ts), text: 'b' });
    unsubscribe();
    await client.chat.delete({ channel: 'C0GENERAL', ts: String(ts) });
    expect(changes).toEqual(['message_added', 'message_changed']);
  });
});
