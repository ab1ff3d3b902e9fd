import type { TriggerRegistry } from '../triggers.js';
import type { WorkspaceState } from '../workspace-state.js';

/** A Web API answer: `{ ok: true, … }` or `{ ok: false, error, … }`. */
export type MethodResult = { ok: boolean } & Record<string, unknown>;

/** What a Web API method may read and change. */
export interface MethodContext {
  args: Record<string, unknown>;
  state: WorkspaceState;
  triggers: TriggerRegistry;
  /** Mints a one-use Socket Mode URL (for `apps.connections.open`). */
  socketUrl: () => string;
}

/** A Web API method: which kind of token it takes and what it does. */
export interface MethodSpec {
  token: 'bot' | 'app';
  handle: (ctx: MethodContext) => MethodResult;
}

/** A failed answer, as Slack writes it. */
export function fail(error: string, extra: Record<string, unknown> = {}): MethodResult {
  return { ok: false, error, ...extra };
}
