/**
 * `npm run bench [-- --quick]`: matching, the slash command and event paths, start-up and memory,
 * each against baselines measured in the same run. Prints a Markdown report and writes bench/RESULTS.md.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readEvalSet } from '../src/cli/eval/eval-set.js';
import { type BenchOptions, benchOptions } from './bench-options.js';
import { snapshotBuild } from './built-snapshot.js';
import { describeMachine, watchLoad } from './machine.js';
import { QUESTIONS, runMatchingSuite } from './matching/matching-suite.js';
import { ROOT } from './paths.js';
import { clearProfiles, profileMisses } from './profile/profile-misses.js';
import type { BenchReport } from './report/bench-report.js';
import { formatReport } from './report/format-report.js';
import { startFakeWebApi } from './slack/fake-web-api.js';
import { realBotBuilt } from './slack/real-bot.js';
import { APOLOGY, runSlackParts, type SlackParts } from './slack/slack-parts.js';
import { checkTargets } from './targets.js';

const log = (line: string) => process.stderr.write(`· ${line}\n`);

async function main(argv: readonly string[]): Promise<number> {
  const options = benchOptions(argv);
  const started = performance.now();
  const load = watchLoad();
  // Everything below is bounded by durations; this only guards against a hang nobody foresaw.
  setTimeout(
    () => {
      log('the bench did not finish in time; stopping');
      process.exit(2);
    },
    options.quick ? 120_000 : 900_000,
  ).unref();
  if (options.judge) clearProfiles();
  const build = snapshotBuild();
  try {
    return await measure(options, started, load);
  } finally {
    load.stop();
    build.remove();
  }
}

async function measure(
  options: BenchOptions,
  started: number,
  load: ReturnType<typeof watchLoad>,
): Promise<number> {
  const questions = readEvalSet(QUESTIONS).map((item) => item.q);
  const matching = await runMatchingSuite(options, log);
  const api = await startFakeWebApi();
  try {
    const skipped: string[] = [];
    let slackParts: SlackParts = {};
    if (!realBotBuilt()) {
      skipped.push(
        'the slash command, events and start-up need dist/main.js (src/main.ts, then `npm run build`)',
      );
    } else {
      // A bot that cannot start or serve is reported, not allowed to lose the matching results.
      slackParts = await runSlackParts(api, options, questions, log).catch((error: unknown) => {
        skipped.push(
          `the slash command, events and start-up failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        return {};
      });
    }
    const partial = {
      quick: options.quick,
      machine: describeMachine(),
      loadAverage: { start: load.start, max: load.max() },
      durationS: 0,
      matching,
      ...slackParts,
      skipped,
    };
    const targets = checkTargets(partial, options.judge);
    const missed = targets.filter((check) => check.met === false);
    if (missed.length) log(`profiling ${missed.length} missed target(s)`);
    const { cpu: hotspots, memory } = await profileMisses(missed, {
      options,
      api,
      questions,
      apology: APOLOGY,
    });
    const report: BenchReport = {
      ...partial,
      loadAverage: { start: load.start, max: load.max() },
      durationS: (performance.now() - started) / 1000,
      targets,
      hotspots,
      ...(memory ? { memory } : {}),
    };
    const markdown = formatReport(report);
    process.stdout.write(`${markdown}\n`);
    // A smoke run's small samples must not replace the last full results.
    if (options.quick) log('smoke run: printed only, bench/RESULTS.md left as it was');
    else {
      writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), `${markdown}\n`);
      log('wrote bench/RESULTS.md');
    }
    return 0;
  } finally {
    await api.close();
  }
}

// Exiting runs the 'exit' hook in child-process.ts, which kills every child (the bot has no IPC to notice).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
process.exitCode = await main(process.argv.slice(2));
