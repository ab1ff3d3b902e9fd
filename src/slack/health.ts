import type { ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import type { Mode } from '../config.js';
import type { Answerer } from '../core/answer/answerer.js';
import type { StoreStatus } from '../store/write-queue.js';

/** What `GET /healthz` reports: the mode, and how much content was loaded. */
export interface Health {
  ok: true;
  mode: Mode;
  guides: number;
  sections: number;
  /** The store's state, read at each request; a failing store never makes the check fail. */
  readonly store?: StoreStatus;
}

export function healthOf(mode: Mode, answerer: Answerer, store?: () => StoreStatus): Health {
  const sections = answerer.guides.reduce((sum, guide) => sum + guide.sections.length, 0);
  const health: Health = { ok: true, mode, guides: answerer.guides.length, sections };
  // A getter, so the JSON served at /healthz shows the store as it is at that moment.
  if (store) Object.defineProperty(health, 'store', { get: store, enumerable: true });
  return health;
}

/** `GET /healthz` → 200 with the Health JSON, for load balancers and uptime checks. */
export function healthRoute(health: Health): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res: ServerResponse) => {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify(health));
    },
  };
}
