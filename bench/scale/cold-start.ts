import { join } from 'node:path';
import { nextMessage, spawnNode } from '../child-process.js';
import { ROOT } from '../paths.js';
import { BENCH_SECRETS, slashCommandRequest } from '../slack/slack-requests.js';
import { median } from '../stats.js';

/** What one fresh container reported (lambda-cold-start.mjs). */
export interface ColdStart {
  ok: boolean;
  importMs: number;
  firstAnswerMs: number;
  coldStartMs: number;
  warmAnswerMs: number;
}

export interface ColdStarts {
  /** The very first container on a new database (it also runs the migrations). */
  first: ColdStart;
  /** Medians over the later containers (the database already migrated, as after any deploy). */
  later: Omit<ColdStart, 'ok'>;
  runs: number;
  allOk: boolean;
  /** Median time to import @slack/bolt alone in a fresh process: the floor. */
  boltImportMs: number;
}

const SCRIPT = join(ROOT, 'bench', 'scale', 'lambda-cold-start.mjs');

/** A Function URL event carrying a signed `/certpath <question>`, base64-encoded as Lambda sends forms. */
function functionUrlEvent(question: string) {
  const signed = slashCommandRequest(question, 'http://127.0.0.1:9/response/never');
  return {
    version: '2.0',
    rawPath: '/slack/events',
    headers: signed.headers,
    requestContext: { http: { method: 'POST', sourceIp: '127.0.0.1' } },
    body: Buffer.from(signed.body).toString('base64'),
    isBase64Encoded: true,
  };
}

async function child<T>(args: string[], env: Record<string, string>): Promise<T> {
  const process = spawnNode([SCRIPT, ...args], { env, ipc: true });
  return nextMessage<T>(process, 30_000, 'lambda cold start');
}

/** Runs `runs` fresh containers one after another, and as many Bolt-only imports. */
export async function measureColdStarts(
  env: { SLACK_API_URL: string; DATABASE_URL: string },
  { runs, log }: { runs: number; log: (line: string) => void },
): Promise<ColdStarts> {
  const results: ColdStart[] = [];
  const boltImports: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const events = [functionUrlEvent('which exam is harder?'), functionUrlEvent('which one pays more?')];
    const result = await child<ColdStart>([], {
      ...env,
      SLACK_BOT_TOKEN: BENCH_SECRETS.botToken,
      SLACK_SIGNING_SECRET: BENCH_SECRETS.signingSecret,
      LOG_LEVEL: 'warn',
      CERTPATH_BENCH_EVENTS: JSON.stringify(events),
    });
    results.push(result);
    log(
      `lambda container ${run + 1}: import ${result.importMs.toFixed(0)} ms, first answer ${result.firstAnswerMs.toFixed(0)} ms, warm ${result.warmAnswerMs.toFixed(1)} ms${result.ok ? '' : ' (FAILED)'}`,
    );
    boltImports.push((await child<{ importMs: number }>(['--bolt-only'], {})).importMs);
  }
  const later = results.length > 1 ? results.slice(1) : results;
  const med = (pick: (r: ColdStart) => number) => median(later.map(pick));
  return {
    first: results[0]!,
    later: {
      importMs: med((r) => r.importMs),
      firstAnswerMs: med((r) => r.firstAnswerMs),
      coldStartMs: med((r) => r.coldStartMs),
      warmAnswerMs: med((r) => r.warmAnswerMs),
    },
    runs,
    allOk: results.every((r) => r.ok),
    boltImportMs: median(boltImports),
  };
}
