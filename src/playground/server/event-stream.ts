import type { ServerResponse } from 'node:http';
import type { StreamEvent } from '../display/display-types.js';

const HEARTBEAT_MS = 15_000;

/**
 * The page's live feed (Server-Sent Events): each client gets the snapshot first, then every
 * change. EventSource reconnects by itself, and a reconnect starts again from a fresh snapshot.
 */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => this.writeAll(': keep-alive\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Starts a client's stream with `first` (the snapshot). */
  open(res: ServerResponse, first: StreamEvent): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 1000\n\n');
    res.write(frame(first));
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  /** Sends an event to every connected page. */
  send(event: StreamEvent): void {
    this.writeAll(frame(event));
  }

  get size(): number {
    return this.clients.size;
  }

  /** Ends every stream (the server is stopping). */
  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private writeAll(chunk: string): void {
    for (const res of this.clients) res.write(chunk);
  }
}

/** One SSE frame; JSON never contains a raw newline, so one `data:` line is enough. */
function frame(event: StreamEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}
