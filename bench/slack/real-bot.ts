import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { spawnNode, stopChild } from '../child-process.js';
import { builtDir, ROOT } from '../paths.js';
import { cpuMs } from '../proc-stats.js';
import { BENCH_SECRETS } from './slack-requests.js';

/** The production command's Node flags (README, "Running CertPath in Slack"; `npm start`). */
const PRODUCTION_NODE_FLAGS = ['--max-old-space-size=128', '--max-semi-space-size=8'];

/** `dist/main.js` of the run's build. */
const mainScript = () => join(builtDir(), 'main.js');
const LOOPBACK_ONLY = pathToFileURL(join(ROOT, 'bench', 'slack', 'loopback-only.mjs')).href;

/** The production bot (`node --max-old-space-size=128 --max-semi-space-size=8 dist/main.js`, HTTP mode) running in a child process on loopback. */
export interface RealBot {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  child: ChildProcess;
  /** Process start → first 200 from /healthz. */
  readyMs: number;
  /** CPU time the process had used by then (all threads, 10 ms resolution). */
  readyCpuMs: number;
  stop(): Promise<void>;
}

/** Whether the bot has been built (src/main.ts exists and `npm run build` ran). */
export function realBotBuilt(): boolean {
  return existsSync(mainScript());
}

export interface RealBotOptions {
  /** Extra Node flags: `--cpu-prof`, `--trace-gc`. */
  nodeArgs?: string[];
  /** Receives the bot's stdout (discarded otherwise). */
  stdout?: (chunk: string) => void;
  timeoutMs?: number;
  /** Extra environment, e.g. DATABASE_URL (bench/scale). */
  env?: Record<string, string>;
}

/**
 * Starts `node dist/main.js` with CERTPATH_MODE=http, test tokens and SLACK_API_URL at the fake Web API,
 * and resolves once GET /healthz answers 200.
 */
export async function startRealBot(
  slackApiUrl: string,
  { nodeArgs = [], stdout, timeoutMs = 15_000, env: extraEnv = {} }: RealBotOptions = {},
): Promise<RealBot> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'certpath-bench-data-'));
  const env = {
    CERTPATH_MODE: 'http',
    SLACK_BOT_TOKEN: BENCH_SECRETS.botToken,
    SLACK_SIGNING_SECRET: BENCH_SECRETS.signingSecret,
    SLACK_API_URL: slackApiUrl,
    PORT: String(port),
    // The store on, as in production: SQLite (issue 14) in a throw-away data directory.
    // CERTPATH_BENCH_STORE=memory measures the bot without it, for comparison.
    CERTPATH_STORE: process.env.CERTPATH_BENCH_STORE === 'memory' ? 'memory' : 'sqlite',
    CERTPATH_DATA_DIR: dataDir,
    ...extraEnv,
  };
  const started = performance.now();
  const child = spawnNode(['--import', LOOPBACK_ONLY, ...PRODUCTION_NODE_FLAGS, ...nodeArgs, mainScript()], {
    env,
    ...(stdout ? { stdout } : {}),
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  while (!(await healthy(baseUrl))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`dist/main.js exited (${child.signalCode ?? child.exitCode}) before it was ready`);
    }
    if (performance.now() - started > timeoutMs) {
      await stopChild(child);
      throw new Error(`dist/main.js was not ready within ${timeoutMs} ms`);
    }
    await sleep(5);
  }
  const readyMs = performance.now() - started;
  return {
    baseUrl,
    child,
    readyMs,
    readyCpuMs: await cpuMs(child.pid),
    stop: async () => {
      await stopChild(child, 12_000);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** True when GET /healthz answers 200. */
function healthy(baseUrl: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(`${baseUrl}/healthz`, { timeout: 500 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false)).on('timeout', () => req.destroy());
    req.end();
  });
}

/** A port nobody listens on right now (the kernel picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
