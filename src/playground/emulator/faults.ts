/**
 * A failure to inject into the next matching Web API call, for reliability tests. Each fault
 * is used once; without `method` it matches any method.
 */
export type Fault = { method?: string } & (
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'server_error'; status?: number }
  | { kind: 'drop_connection' }
  | { kind: 'delay'; ms: number }
  | { kind: 'error'; error: string }
);

/** Removes and returns the first fault that applies to `method`. */
export function takeFault(faults: Fault[], method: string): Fault | undefined {
  const index = faults.findIndex((f) => f.method === undefined || f.method === method);
  if (index < 0) return undefined;
  return faults.splice(index, 1)[0];
}
