import { ERROR_WORDS } from '../../src/core/render/messages.js';
import type { BenchOptions } from '../bench-options.js';
import { residentMb } from '../proc-stats.js';
import type { BenchReport } from '../report/bench-report.js';
import { runStartupSuite } from '../startup/startup-suite.js';
import { startBareServer, startBoltFloor } from './baseline-servers.js';
import { runEventLoad } from './event-load.js';
import type { FakeWebApi } from './fake-web-api.js';
import { startRealBot } from './real-bot.js';
import { answerCheck, bareCheck, compareStore, floorCheck, runSlashSuite } from './slash-suite.js';

export type SlackParts = Pick<BenchReport, 'slash' | 'slashSetup' | 'events' | 'startup'>;

/** Enough of the apology to recognise it in an answer body (mrkdwn escaping could change the rest). */
export const APOLOGY = ERROR_WORDS.generic.slice(0, 30);

const REAL = 'real app (dist/main.js)';
const FLOOR = 'Bolt floor (fixed ack)';
const STORELESS = 'real app without a store (CERTPATH_STORE=memory)';
const SECOND = 'real app, a second copy (started last)';
/** The bot runs with its SQLite store unless CERTPATH_BENCH_STORE=memory (real-bot.ts). */
const STORE_ON = process.env.CERTPATH_BENCH_STORE !== 'memory';

/**
 * Start-up, then the slash command (real app, floor, ceiling, the storeless app and a second copy of the
 * real one, alternating), then events; RSS at the end.
 */
export async function runSlackParts(
  api: FakeWebApi,
  options: BenchOptions,
  questions: readonly string[],
  log: (line: string) => void,
): Promise<SlackParts> {
  const { result: startup, bot } = await runStartupSuite(api, options.startup, log);
  const floor = await startBoltFloor(api.url);
  const bare = await startBareServer();
  // The same build with no store, loaded in the same rounds: what the SQLite store costs the slash path;
  // and a second copy with the store, started after it, as start order alone moves a process's rate.
  const copies = STORE_ON
    ? {
        storeless: await startRealBot(api.url, { env: { CERTPATH_STORE: 'memory' } }),
        second: await startRealBot(api.url),
      }
    : undefined;
  try {
    const targets = [
      { name: REAL, baseUrl: bot.baseUrl, verifyBody: answerCheck(APOLOGY) },
      { name: FLOOR, baseUrl: floor.baseUrl, verifyBody: floorCheck },
      { name: 'bare node:http (HMAC + fixed JSON)', baseUrl: bare.baseUrl, verifyBody: bareCheck },
      ...(copies
        ? [
            { name: STORELESS, baseUrl: copies.storeless.baseUrl, verifyBody: answerCheck(APOLOGY) },
            { name: SECOND, baseUrl: copies.second.baseUrl, verifyBody: answerCheck(APOLOGY) },
          ]
        : []),
    ];
    const responseUrl = new URL('../response/bench', api.url).href;
    const suite = await runSlashSuite(targets, questions, responseUrl, options.slash, log);
    const slash = copies ? { ...suite, store: compareStore(suite, [REAL, SECOND], STORELESS) } : suite;
    await runEventLoad(bot.baseUrl, api, questions, {
      concurrency: options.events.concurrency,
      seconds: options.events.warmupSeconds,
    });
    const events = await runEventLoad(bot.baseUrl, api, questions, options.events);
    log(
      `events: ${events.eventsPerSecond.toFixed(0)}/s, p99 ${events.latency.p99.toFixed(1)} ms, ${events.errors} errors`,
    );
    const afterLoadRssMb = await residentMb(bot.child.pid);
    const { connections, rounds, seconds } = options.slash;
    return {
      slash,
      slashSetup: { connections, rounds, seconds },
      events: { ...events, concurrency: options.events.concurrency },
      startup: { ...startup, afterLoadRssMb },
    };
  } finally {
    await Promise.all([
      bot.stop(),
      floor.stop(),
      bare.stop(),
      copies?.storeless.stop(),
      copies?.second.stop(),
    ]);
  }
}
