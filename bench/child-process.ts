import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { BUILT_ENV, ROOT } from './paths.js';

const running = new Set<ChildProcess>();

/** Whatever happens to the bench, no child outlives it. */
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface SpawnOptions {
  env?: Record<string, string>;
  /** Extra Node flags, e.g. `--expose-gc` or `--cpu-prof`. */
  nodeArgs?: string[];
  /** Show the child's stderr (stdout is always discarded unless `stdout` is set). */
  quiet?: boolean;
  stdout?: (chunk: string) => void;
}

/** Starts a bench TypeScript module (under bench/) in its own Node process, with an IPC channel. */
export function spawnBenchChild(
  module: string,
  args: readonly string[] = [],
  options: SpawnOptions = {},
): ChildProcess {
  const script = fileURLToPath(new URL(module, import.meta.url));
  return spawnNode(['--import', 'tsx', ...(options.nodeArgs ?? []), script, ...args], {
    ...options,
    ipc: true,
  });
}

/** Starts `node <args>` from the project root; the bench's environment is replaced, not inherited, where `env` says. */
export function spawnNode(
  args: readonly string[],
  options: SpawnOptions & { ipc?: boolean } = {},
): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(process.env[BUILT_ENV] ? { [BUILT_ENV]: process.env[BUILT_ENV] } : {}),
      ...options.env,
    },
    stdio: [
      'ignore',
      options.stdout ? 'pipe' : 'ignore',
      options.quiet ? 'ignore' : 'inherit',
      ...(options.ipc ? ['ipc' as const] : []),
    ],
  });
  if (options.stdout) child.stdout?.setEncoding('utf8').on('data', options.stdout);
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** The next IPC message from a child, or an error if it exits or `timeoutMs` passes first. */
export function nextMessage<T>(child: ChildProcess, timeoutMs: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`${what}: no answer within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: unknown) => finish(undefined, message as T);
    const onExit = (code: number | null, signal: string | null) =>
      finish(new Error(`${what}: exited (${signal ?? code}) before answering`));
    function finish(error?: Error, message?: T) {
      clearTimeout(timer);
      child.off('message', onMessage).off('exit', onExit);
      if (error) reject(error);
      else resolve(message as T);
    }
    child.on('message', onMessage).on('exit', onExit);
  });
}

/** Asks a child to stop (SIGTERM), and kills it if it has not exited within `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
