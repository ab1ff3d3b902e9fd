/**
 * The machine's ceiling: a bare node:http server that does the one thing every Slack endpoint
 * must (verify the v0 HMAC signature) and answers a fixed JSON body.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BENCH_SECRETS } from '../slack-requests.js';
import { BARE_BODY } from './fixed-answers.js';
import { serveUntilStopped } from './server-lifecycle.js';

const FIVE_MINUTES = 5 * 60;

function verified(timestamp: string | undefined, signature: string | undefined, body: string): boolean {
  if (!timestamp || !signature || Math.abs(Date.now() / 1000 - Number(timestamp)) > FIVE_MINUTES)
    return false;
  const expected = `v0=${createHmac('sha256', BENCH_SECRETS.signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return (
    expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature))
  );
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const ok = verified(
      req.headers['x-slack-request-timestamp'] as string | undefined,
      req.headers['x-slack-signature'] as string | undefined,
      Buffer.concat(chunks).toString('utf8'),
    );
    res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
    res.end(ok ? BARE_BODY : '{"error":"bad signature"}');
  });
});

server.listen(0, '127.0.0.1', () => {
  serveUntilStopped((server.address() as AddressInfo).port, async () => {
    server.closeAllConnections();
    server.close();
  });
});
