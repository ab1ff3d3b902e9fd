import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Where the next request goes: each instance in turn (a load balancer), a chosen one, or every
 * instance at once (the same delivery landing on two instances concurrently; the first answer wins).
 */
export type Route = { kind: 'round-robin' } | { kind: 'to'; instance: number } | { kind: 'all' };

/** Headers that describe one connection, not the request: the forwarded request gets its own. */
const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

interface Forwarded {
  status: number;
  body: string;
  type: string | null;
}

/**
 * A loopback HTTP load balancer in front of several bot instances. The emulator posts to it as
 * it would to one bot; each request is forwarded whole (headers, signature, body) to the instance
 * the route picks. An instance that refuses the connection is skipped, as a health-checked LB would.
 */
export class LoadBalancer {
  route: Route = { kind: 'round-robin' };
  /** How many requests each instance answered. */
  readonly served: number[];
  /** How many requests, over all instances, were acknowledged (200): each one is a delivery to settle. */
  acked = 0;
  private turn = -1;
  private readonly server: Server;

  constructor(readonly instances: string[]) {
    this.served = instances.map(() => 0);
    this.server = createServer((req, res) => {
      this.forward(req).then(
        ({ status, body, type }) => {
          res.writeHead(status, type ? { 'Content-Type': type } : {});
          res.end(body);
        },
        () => {
          res.writeHead(502);
          res.end();
        },
      );
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/slack/events`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async forward(req: IncomingMessage): Promise<Forwarded> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string' && !HOP_BY_HOP.has(name)) headers[name] = value;
    const send = (index: number) => this.send(index, headers, body);
    if (this.route.kind === 'all') {
      const settled = await Promise.allSettled(this.instances.map((_, index) => send(index)));
      const ok = settled.find((result) => result.status === 'fulfilled');
      if (!ok) throw new Error('no instance answered');
      return ok.value;
    }
    const first = this.route.kind === 'to' ? this.route.instance : this.nextTurn();
    // The chosen instance first; when it is down, the others in order, as a health-checked LB would.
    const order = [first, ...this.instances.map((_, index) => index).filter((index) => index !== first)];
    for (const index of order) {
      try {
        return await send(index);
      } catch {
        // That instance is down (connection refused or reset): try the next one.
      }
    }
    throw new Error('every instance is down');
  }

  private async send(index: number, headers: Record<string, string>, body: Buffer): Promise<Forwarded> {
    const response = await fetch(this.instances[index]!, { method: 'POST', headers, body });
    const text = await response.text();
    this.served[index]! += 1;
    if (response.status === 200) this.acked += 1;
    return { status: response.status, body: text, type: response.headers.get('content-type') };
  }

  private nextTurn(): number {
    this.turn = (this.turn + 1) % this.instances.length;
    return this.turn;
  }
}
