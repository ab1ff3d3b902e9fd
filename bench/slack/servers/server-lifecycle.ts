/** What a server child tells the bench once it listens. */
export interface ServerReady {
  port: number;
}

/**
 * Tells the parent the port, then serves until the parent asks it to stop (SIGTERM) or goes away
 * (the IPC channel closes). Exiting through process.exit lets `--cpu-prof` write its profile.
 */
export function serveUntilStopped(port: number, stop: () => Promise<void>): void {
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(0), 2000);
    stop().finally(() => {
      clearTimeout(timer);
      process.exit(0);
    });
  };
  process.once('SIGTERM', shutdown);
  process.once('disconnect', shutdown);
  process.send?.({ port } satisfies ServerReady);
}
