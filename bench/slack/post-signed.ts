import { type Agent, request } from 'node:http';
import type { SignedRequest } from './slack-requests.js';

/** POSTs one signed request; resolves with the status (0 when the connection failed) and the body. */
export function postSigned(
  baseUrl: string,
  signed: SignedRequest,
  agent?: Agent,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = request(
      `${baseUrl}${signed.path}`,
      { method: signed.method, headers: signed.headers, ...(agent ? { agent } : {}) },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end(signed.body);
  });
}
