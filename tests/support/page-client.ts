import type { ActionReply, StreamEvent } from '../../src/playground/display/display-types.js';

/** What the playground page does over HTTP, for tests that play the page without a browser. */
export class PageClient {
  constructor(readonly baseUrl: string) {}

  static of(url: string): PageClient {
    return new PageClient(url.replace('localhost', '127.0.0.1'));
  }

  async post(path: string, body: unknown): Promise<{ status: number; body: ActionReply }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as ActionReply };
  }

  type(channel: string, text: string, threadTs?: string) {
    return this.post('/api/messages', { channel, text, ...(threadTs ? { threadTs } : {}) });
  }

  click(messageTs: string, actionId: string) {
    return this.post('/api/actions', { messageTs, actionId });
  }

  openHome(tab: 'home' | 'messages' = 'home') {
    return this.post('/api/home', { tab });
  }

  /** Follows `/api/stream` and collects its events. */
  async follow(): Promise<StreamFollower> {
    const controller = new AbortController();
    const response = await fetch(`${this.baseUrl}/api/stream`, { signal: controller.signal });
    if (!response.body) throw new Error('the stream has no body');
    return new StreamFollower(response, controller);
  }
}

/** The events a page has received so far, and a way to wait for the next one that matters. */
export class StreamFollower {
  readonly events: StreamEvent[] = [];
  private readonly waiters: { match: (e: StreamEvent) => boolean; resolve: (e: StreamEvent) => void }[] = [];

  constructor(
    readonly response: Response,
    private readonly controller: AbortController,
  ) {
    void this.read();
  }

  /** The first event (past or future) that `match` accepts. */
  next(match: (event: StreamEvent) => boolean, timeoutMs = 5000): Promise<StreamEvent> {
    const seen = this.events.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching stream event within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        match,
        resolve: (event) => {
          clearTimeout(timer);
          resolve(event);
        },
      });
    });
  }

  close(): void {
    this.controller.abort();
  }

  private async read(): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of this.response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          this.take(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted by close().
    }
  }

  private take(frame: string): void {
    const data = frame.split('\n').find((line) => line.startsWith('data: '));
    if (!data) return;
    const event = JSON.parse(data.slice('data: '.length)) as StreamEvent;
    this.events.push(event);
    for (const waiter of this.waiters.filter((w) => w.match(event))) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(event);
    }
  }
}
