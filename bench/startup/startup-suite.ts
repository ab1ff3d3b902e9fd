import { performance } from 'node:perf_hooks';
import type { BenchOptions } from '../bench-options.js';
import { residentMb } from '../proc-stats.js';
import type { FakeWebApi } from '../slack/fake-web-api.js';
import { postSigned } from '../slack/post-signed.js';
import { type RealBot, startRealBot } from '../slack/real-bot.js';
import { slashCommandRequest } from '../slack/slack-requests.js';
import { median } from '../stats.js';

/** Start-up of the production bot, and the first answer it gives. */
export interface StartupResult {
  /** Process start → /healthz 200, one per run. */
  readyMs: number[];
  medianReadyMs: number;
  /** CPU time the bot had used when it was ready, median over runs: start-up without waiting for a core. */
  medianReadyCpuMs: number;
  /** The first slash command after ready: what the first user waits (lazy loads land here). */
  firstAnswerMs: number;
  /** RSS a second after ready, before any request. */
  idleRssMb: number;
}

/**
 * Starts the bot `runs` times (each to ready, then stopped) and keeps the last one running for the
 * load that follows; its RSS is read idle here and again after the load by the caller.
 */
export async function runStartupSuite(
  api: FakeWebApi,
  options: BenchOptions['startup'],
  log: (line: string) => void,
): Promise<{ result: StartupResult; bot: RealBot }> {
  const readyMs: number[] = [];
  const readyCpuMs: number[] = [];
  let bot: RealBot | undefined;
  for (let run = 0; run < options.runs; run++) {
    if (bot) await bot.stop();
    bot = await startRealBot(api.url);
    readyMs.push(bot.readyMs);
    readyCpuMs.push(bot.readyCpuMs);
    log(`start-up run ${run + 1}: ready in ${bot.readyMs.toFixed(0)} ms`);
  }
  const running = bot!;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const idleRssMb = await residentMb(running.child.pid);
  return {
    result: {
      readyMs,
      medianReadyMs: median(readyMs),
      medianReadyCpuMs: median(readyCpuMs),
      firstAnswerMs: await firstAnswer(running),
      idleRssMb,
    },
    bot: running,
  };
}

/** One slash command, timed end to end. */
async function firstAnswer(bot: RealBot): Promise<number> {
  const start = performance.now();
  const { status } = await postSigned(
    bot.baseUrl,
    slashCommandRequest('which exam is harder?', `${bot.baseUrl}/response/first`),
  );
  if (status !== 200) throw new Error(`the first slash command got HTTP ${status}`);
  return performance.now() - start;
}
