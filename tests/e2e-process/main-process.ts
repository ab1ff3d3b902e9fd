import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freshPostgresDatabase } from '../support/postgres.js';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/slack-harness.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** The real content, for a process that runs in an empty folder. */
export const CONTENT = join(ROOT, 'content');
const MAIN = join(ROOT, 'src/main.ts');
/** tsx's loader by absolute URL: the child runs in an empty folder where `tsx` would not resolve. */
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** The bot as its own process, with what it printed so far. */
export interface MainProcess {
  child: ChildProcess;
  /** The empty folder it runs in, removed when it exits (or is killed by killIfRunning). */
  folder: string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Everything printed so far, stdout and stderr interleaved as they arrived. */
  output(): string;
  /** Resolves with the first match of `pattern` in the output, now or later; rejects if the process exits first. */
  printed(pattern: RegExp): Promise<RegExpExecArray>;
}

/**
 * `node dist/main.js` as production runs it, but from source through tsx (no build needed), in an
 * empty folder (so no stray .env) with only `env` and PATH.
 */
export function startMain(env: Record<string, string>): MainProcess {
  const cwd = mkdtempSync(join(tmpdir(), 'certpath-process-'));
  const child = spawn(process.execPath, ['--import', TSX, MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const check of [...waiters]) check();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  // The empty folder goes with the process, however it ends.
  child.on('exit', () => rmSync(cwd, { recursive: true, force: true }));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const printed = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((done, fail) => {
      const check = () => {
        const match = pattern.exec(output);
        if (!match) return;
        waiters.delete(check);
        done(match);
      };
      waiters.add(check);
      check();
      void exited.then(() => {
        if (!waiters.has(check)) return;
        waiters.delete(check);
        fail(new Error(`exited without printing ${pattern}:\n${output}`));
      });
    });
  return { child, folder: cwd, exited, output: () => output, printed };
}

/**
 * The environment of HTTP-mode bot processes that share one fresh PostgreSQL database (named after
 * `database`) and talk to the Slack Web API at `slackApiUrl`: several instances of one deployment.
 */
export async function sharedDatabaseHttpEnv(
  slackApiUrl: string,
  database: string,
): Promise<Record<string, string>> {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackApiUrl,
    DATABASE_URL: await freshPostgresDatabase(database),
    CERTPATH_CONTENT_DIR: CONTENT,
    PORT: '0',
  };
}

/** Starts the bot in HTTP mode and resolves with it and its events URL on 127.0.0.1. */
export async function startHttpMain(env: Record<string, string>): Promise<{ run: MainProcess; url: string }> {
  const run = startMain(env);
  const [, url] = await run.printed(/running in HTTP mode at (http:\/\/localhost:\d+\/slack\/events)/);
  return { run, url: url!.replace('localhost', '127.0.0.1') };
}

/**
 * Ends a process the test started, if it is still running, and removes its folder at once: a test
 * file may end (and its worker with it) before the child's `exit` event would have removed it.
 */
export function killIfRunning(run: MainProcess | undefined): void {
  if (!run) return;
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  rmSync(run.folder, { recursive: true, force: true });
}
