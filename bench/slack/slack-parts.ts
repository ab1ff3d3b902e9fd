import { ERROR_WORDS } from '../../src/core/render/messages.js';
import type { BenchOptions } from '../bench-options.js';
import { residentMb } from '../proc-stats.js';
import type { BenchReport } from '../report/bench-report.js';
import { runStartupSuite } from '../startup/startup-suite.js';
import { startBareServer, startBoltFloor } from './baseline-servers.js';
import { runEventLoad } from './event-load.js';
import type { FakeWebApi } from './fake-web-api.js';
import { answerCheck, bareCheck, floorCheck, runSlashSuite } from './slash-suite.js';

export type SlackParts = Pick<BenchReport, 'slash' | 'slashSetup' | 'events' | 'startup'>;

/** Enough of the apology to recognise it in an answer body (mrkdwn escaping could change the rest). */
export const APOLOGY = ERROR_WORDS.generic.slice(0, 30);

/** Start-up, then the slash command (real app, floor, ceiling, alternating), then events; RSS at the end. */
export async function runSlackParts(
  api: FakeWebApi,
  options: BenchOptions,
  questions: readonly string[],
  log: (line: string) => void,
): Promise<SlackParts> {
  const { result: startup, bot } = await runStartupSuite(api, options.startup, log);
  const floor = await startBoltFloor(api.url);
  const bare = await startBareServer();
  try {
    const targets = [
      { name: 'real app (dist/main.js)', baseUrl: bot.baseUrl, verifyBody: answerCheck(APOLOGY) },
      { name: 'Bolt floor (fixed ack)', baseUrl: floor.baseUrl, verifyBody: floorCheck },
      { name: 'bare node:http (HMAC + fixed JSON)', baseUrl: bare.baseUrl, verifyBody: bareCheck },
    ];
    const responseUrl = new URL('../response/bench', api.url).href;
    const slash = await runSlashSuite(targets, questions, responseUrl, options.slash, log);
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
    await Promise.all([bot.stop(), floor.stop(), bare.stop()]);
  }
}
