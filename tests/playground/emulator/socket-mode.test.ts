import { SocketModeClient } from '@slack/socket-mode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { SlackEmulator } from '../../../src/playground/emulator/index.js';
import { APP_TOKEN, startEmulator, webClient } from './emulator-fixture.js';

/** A raw client: connects and queues every message it receives. */
async function connect(url: string) {
  const ws = new WebSocket(url);
  const inbox: Record<string, unknown>[] = [];
  const waiting: ((message: Record<string, unknown>) => void)[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    const next = waiting.shift();
    if (next) next(message);
    else inbox.push(message);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const receive = () =>
    new Promise<Record<string, unknown>>((resolve) => {
      const queued = inbox.shift();
      if (queued) resolve(queued);
      else waiting.push(resolve);
    });
  return { ws, receive };
}

describe('emulator Socket Mode', () => {
  let emulator: SlackEmulator;

  beforeEach(async () => {
    emulator = await startEmulator({ delivery: 'socket' });
  });
  afterEach(() => emulator.stop());

  async function openUrl(): Promise<string> {
    const result = await webClient(emulator, APP_TOKEN).apps.connections.open();
    return String(result.url);
  }

  it('hands out a ws URL for the app token only', async () => {
    expect(await openUrl()).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/link\/\?ticket=\w+&app_id=A0CERTPATH$/);
    await expect(webClient(emulator).apps.connections.open()).rejects.toMatchObject({
      data: { error: 'not_allowed_token_type' },
    });
  });

  it('says hello, sends an envelope and resolves with the client’s ack', async () => {
    const { ws, receive } = await connect(await openUrl());
    expect(await receive()).toMatchObject({
      type: 'hello',
      num_connections: 1,
      connection_info: { app_id: 'A0CERTPATH' },
    });
    const pending = emulator.sendSlashCommand({ command: '/certpath', text: 'compare' });
    const envelope = await receive();
    expect(envelope).toMatchObject({
      envelope_id: expect.any(String),
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: { command: '/certpath', text: 'compare', channel_id: 'C0GENERAL', user_id: 'U0HUMAN' },
    });
    ws.send(JSON.stringify({ envelope_id: envelope.envelope_id, payload: { text: 'Comparing…' } }));
    const result = await pending;
    expect(result).toMatchObject({ status: 200, body: { text: 'Comparing…' } });
    expect(result.ackMessage).toMatchObject({ text: 'Comparing…', ephemeralTo: 'U0HUMAN' });
  });

  it('wraps events with retry details and interactions with their own type', async () => {
    const { ws, receive } = await connect(await openUrl());
    await receive();
    const event = emulator.sendEvent(
      { type: 'app_mention', text: 'hi' },
      { retryNum: 2, retryReason: 'timeout' },
    );
    const eventEnvelope = await receive();
    expect(eventEnvelope).toMatchObject({
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 2,
      retry_reason: 'timeout',
      payload: { type: 'event_callback', event: { type: 'app_mention' } },
    });
    ws.send(JSON.stringify({ envelope_id: eventEnvelope.envelope_id }));
    await expect(event).resolves.toEqual({ status: 200, body: undefined });
    const action = emulator.sendBlockActions({ type: 'block_actions', actions: [] });
    const actionEnvelope = await receive();
    expect(actionEnvelope).toMatchObject({ type: 'interactive', accepts_response_payload: false });
    ws.send(JSON.stringify({ envelope_id: actionEnvelope.envelope_id, payload: {} }));
    await expect(action).resolves.toEqual({ status: 200, body: {} });
  });

  it('refuses a reused URL', async () => {
    const url = await openUrl();
    await connect(url);
    await expect(connect(url)).rejects.toThrow(/401/);
  });

  it('fails a delivery when no client is connected', async () => {
    await expect(emulator.sendSlashCommand({ command: '/certpath' })).rejects.toMatchObject({
      code: 'NO_SOCKET_CONNECTION',
    });
  });

  it('closes client sockets when it stops', async () => {
    const { ws } = await connect(await openUrl());
    const closed = new Promise((resolve) => ws.once('close', resolve));
    await emulator.stop();
    await closed;
    expect(ws.readyState).toBe(WebSocket.CLOSED);
  });

  it('works with @slack/socket-mode’s own client, as Bolt uses it', async () => {
    const client = new SocketModeClient({
      appToken: APP_TOKEN,
      clientOptions: { slackApiUrl: emulator.url },
      autoReconnectEnabled: false,
    });
    client.on('slash_commands', async ({ ack, body }) => ack({ text: `You said ${body.text}` }));
    await client.start();
    try {
      const result = await emulator.sendSlashCommand({ command: '/certpath', text: 'hello' });
      expect(result.ackMessage?.text).toBe('You said hello');
    } finally {
      await client.disconnect();
    }
  });
});
