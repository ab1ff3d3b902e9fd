import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { acceptsResponsePayload, type BotResponse, type Delivery } from './delivery.js';
import { BotAckTimeoutError, EmulatorError, EmulatorTimeoutError } from './errors.js';
import { PendingReplies } from './pending-replies.js';
import { parseJsonObject } from './request-body.js';
import { newEnvelopeId, newUrlToken } from './slack-ids.js';
import { APP_ID } from './workspace.js';

/**
 * Which connection gets the next envelope: the newest (one bot, whose older connection may be
 * closing after a refresh), or each open one in turn, as Slack spreads envelopes over the up to
 * ten connections of one app (several bot processes sharing one app token).
 */
export type SocketSpread = 'newest' | 'round-robin';

/** The path Socket Mode URLs point at (Slack's are `wss://wss-primary.slack.com/link/?ticket=…`). */
const LINK_PATH = '/link/';

/**
 * Slack's Socket Mode endpoint: one-use URLs from `apps.connections.open`, a `hello` on
 * connect, envelopes out, acks (`{envelope_id, payload}`) back.
 */
export class SocketModeServer {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly tickets = new Set<string>();
  private readonly sockets: WebSocket[] = [];
  private readonly acks = new PendingReplies<BotResponse>();
  private readonly connectionWaiters = new PendingReplies<void>();

  private turn = 0;

  constructor(
    private readonly ackTimeoutMs: number,
    private readonly spread: SocketSpread = 'newest',
  ) {}

  /** A new one-use URL on the server at `httpBaseUrl` (`http://127.0.0.1:PORT`). */
  mintUrl(httpBaseUrl: string): string {
    const ticket = newUrlToken();
    this.tickets.add(ticket);
    return `${httpBaseUrl.replace(/^http/, 'ws')}${LINK_PATH}?ticket=${ticket}&app_id=${APP_ID}`;
  }

  /** How many clients are connected. */
  connectionCount(): number {
    return this.sockets.length;
  }

  /** Resolves once a client is connected (at once if one already is). */
  async waitForConnection(timeoutMs = 5000): Promise<void> {
    if (this.sockets.length > 0) return;
    await this.connectionWaiters.wait(newEnvelopeId(), timeoutMs, () => {
      return new EmulatorTimeoutError('a Socket Mode connection', timeoutMs);
    });
  }

  /** Takes over an HTTP upgrade on the link path; refuses unknown or reused tickets. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (url.pathname.replace(/\/?$/, '/') !== LINK_PATH || !this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  /** Sends a delivery as an envelope to the next connection (see SocketSpread); resolves with the ack. */
  deliver(delivery: Delivery): Promise<BotResponse> {
    const ws = this.nextSocket();
    if (!ws)
      return Promise.reject(new EmulatorError('NO_SOCKET_CONNECTION', 'no Socket Mode client is connected'));
    const envelopeId = newEnvelopeId();
    const retry =
      delivery.kind === 'events_api'
        ? { retry_attempt: delivery.retryNum ?? 0, retry_reason: delivery.retryReason ?? '' }
        : {};
    const reply = this.acks.wait(envelopeId, this.ackTimeoutMs, () => {
      return new BotAckTimeoutError(delivery.kind, this.ackTimeoutMs);
    });
    ws.send(
      JSON.stringify({
        envelope_id: envelopeId,
        payload: delivery.payload,
        type: delivery.kind,
        accepts_response_payload: acceptsResponsePayload(delivery),
        ...retry,
      }),
    );
    return reply;
  }

  private nextSocket(): WebSocket | undefined {
    if (this.spread === 'newest' || this.sockets.length === 0) return this.sockets.at(-1);
    this.turn = (this.turn + 1) % this.sockets.length;
    return this.sockets[this.turn];
  }

  /** Asks every client to reconnect, as Slack does before recycling a connection. */
  requestReconnect(reason = 'refresh_requested'): void {
    const message = JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'emulator' } });
    for (const ws of this.sockets) ws.send(message);
  }

  /**
   * Closes every connection: a close frame first, so clients shut down without errors, then a
   * hard stop for any that have not finished within `graceMs`. Pending acks fail.
   */
  async close(graceMs = 250): Promise<void> {
    const stopped = new EmulatorError('EMULATOR_STOPPED', 'the emulator stopped');
    this.acks.rejectAll(stopped);
    this.connectionWaiters.rejectAll(stopped);
    const open = [...this.sockets];
    const closed = open.map((ws) => new Promise((resolve) => ws.once('close', resolve)));
    for (const ws of open) ws.close(1001, 'emulator stopping');
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.all(closed), grace]);
    clearTimeout(timer);
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
  }

  private accept(ws: WebSocket): void {
    this.sockets.push(ws);
    ws.on('message', (data) => this.onMessage(data.toString()));
    ws.on('close', () => {
      const index = this.sockets.indexOf(ws);
      if (index >= 0) this.sockets.splice(index, 1);
    });
    ws.on('error', () => ws.terminate());
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: this.sockets.length,
        debug_info: { host: 'applink-emulator', build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: APP_ID },
      }),
    );
    this.connectionWaiters.settleAll(undefined);
  }

  private onMessage(text: string): void {
    const message = parseJsonObject(text);
    if (!message || typeof message.envelope_id !== 'string') return;
    this.acks.settle(message.envelope_id, { status: 200, body: message.payload });
  }
}
