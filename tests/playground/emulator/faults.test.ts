import { WebClientEvent } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SlackEmulator } from '../../../src/playground/emulator/index.js';
import { BOT_TOKEN, startEmulator, webClient } from './emulator-fixture.js';

describe('emulator fault injection', () => {
  let emulator: SlackEmulator;

  beforeEach(async () => {
    emulator = await startEmulator();
  });
  afterEach(() => emulator.stop());

  it('answers 429 with Retry-After, which WebClient waits out and retries', async () => {
    emulator.faults.push({ method: 'chat.postMessage', kind: 'rate_limited', retryAfterSeconds: 1 });
    const client = webClient(emulator);
    const rateLimits: number[] = [];
    client.on(WebClientEvent.RATE_LIMITED, (seconds: number) => rateLimits.push(seconds));
    const result = await client.chat.postMessage({ channel: 'C0GENERAL', text: 'eventually' });
    expect(result.ok).toBe(true);
    expect(rateLimits).toEqual([1]);
    const statuses = emulator.calls('chat.postMessage').map((c) => c.status);
    expect(statuses).toEqual([429, 200]);
    expect(emulator.workspace.messages()).toHaveLength(1);
  });

  it('sends the Retry-After header and ratelimited error on the wire', async () => {
    emulator.faults.push({ kind: 'rate_limited', retryAfterSeconds: 7 });
    const response = await fetch(`${emulator.url}auth.test`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${BOT_TOKEN}` },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(await response.json()).toEqual({ ok: false, error: 'ratelimited' });
  });

  it('consumes a fault once and only for its method', async () => {
    emulator.faults.push({ method: 'chat.update', kind: 'error', error: 'channel_not_found' });
    const client = webClient(emulator);
    const { ts } = await client.chat.postMessage({ channel: 'C0GENERAL', text: 'a' });
    await expect(
      client.chat.update({ channel: 'C0GENERAL', ts: String(ts), text: 'b' }),
    ).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
    await expect(
      client.chat.update({ channel: 'C0GENERAL', ts: String(ts), text: 'b' }),
    ).resolves.toMatchObject({
      ok: true,
    });
    expect(emulator.faults).toEqual([]);
  });

  it('answers a server error with its status, and WebClient retries past it', async () => {
    emulator.faults.push({ method: 'auth.test', kind: 'server_error', status: 503 });
    await expect(webClient(emulator).auth.test()).resolves.toMatchObject({ ok: true });
    expect(emulator.calls('auth.test').map((c) => c.status)).toEqual([503, 200]);
  });

  it('drops the connection without an answer', async () => {
    emulator.faults.push({ kind: 'drop_connection' });
    const attempt = fetch(`${emulator.url}auth.test`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${BOT_TOKEN}` },
    });
    await expect(attempt).rejects.toThrow();
    expect(emulator.calls('auth.test')[0]).toMatchObject({ status: 0, fault: { kind: 'drop_connection' } });
  });

  it('delays an answer and still answers it', async () => {
    emulator.faults.push({ method: 'auth.test', kind: 'delay', ms: 30 });
    await expect(webClient(emulator).auth.test()).resolves.toMatchObject({ ok: true });
    expect(emulator.calls('auth.test')[0]?.fault).toEqual({ method: 'auth.test', kind: 'delay', ms: 30 });
  });

  it('stops promptly while a delayed call is pending', async () => {
    emulator.faults.push({ kind: 'delay', ms: 60_000 });
    const pending = fetch(`${emulator.url}auth.test`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${BOT_TOKEN}` },
    }).catch((error: unknown) => error);
    // The fault is taken once the request has arrived, so this waits for the delay to be under way.
    await vi.waitFor(() => expect(emulator.faults).toHaveLength(0));
    await emulator.stop();
    expect(await pending).toBeInstanceOf(Error);
  });
});
