import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Where the next request goes: each instance in turn (a load balancer), a chosen one, or every
 * instance at once (the same delivery landing on two instances concurrently; the first answer wins).
 */
export type Route = { kind: 'round-robin' } | { kind: 'to'; instance: number } | { kind: 'all' };

/**
 * A loopback HTTP load balancer in front of several bot instances. The emulator posts to it as
 * it would to one bot; each request is forwarded whole (headers, signature, body) to the instance
 * the route picks. An instance that refuses the connection is skipped, as a health-checked LB would.
 */
export class LoadBalancer {
  route: Route = { kind: 'round-robin' };
  /** How many requests each instance answered. */
  readonly served: number[];
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

  private async forward(req: IncomingMessage) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string' && name !== 'host' && name !== 'connection') headers[name] = value;
    const targets = this.targets();
    const sends = targets.map(async (index) => {
      const response = await fetch(this.instances[index]!, { method: 'POST', headers, body });
      this.served[index]! += 1;
      return {
        status: response.status,
        body: await response.text(),
        type: response.headers.get('content-type'),
      };
    });
    if (this.route.kind === 'all') {
      const settled = await Promise.allSettled(sends);
      const ok = settled.find((result) => result.status === 'fulfilled');
      if (!ok) throw new Error('no instance answered');
      return ok.value;
    }
    for (const send of sends) {
      try {
        return await send;
      } catch {
        // That instance is down: the next one in turn gets the request.
      }
    }
    return this.fallback(headers, body, targets);
  }

  private async fallback(headers: Record<string, string>, body: Buffer, tried: number[]) {
    for (const [index, url] of this.instances.entries()) {
      if (tried.includes(index)) continue;
      try {
        const response = await fetch(url, { method: 'POST', headers, body });
        this.served[index]! += 1;
        return {
          status: response.status,
          body: await response.text(),
          type: response.headers.get('content-type'),
        };
      } catch {
        // Down too.
      }
    }
    throw new Error('every instance is down');
  }

  private targets(): number[] {
    if (this.route.kind === 'all') return this.instances.map((_, index) => index);
    if (this.route.kind === 'to') return [this.route.instance];
    this.turn = (this.turn + 1) % this.instances.length;
    return [this.turn];
  }
}
