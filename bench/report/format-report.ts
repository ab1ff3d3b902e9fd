import type { BenchReport } from './bench-report.js';
import { hotspotSection, memorySection } from './hotspot-sections.js';
import { markdownTable } from './markdown-table.js';
import { matchingSection } from './matching-section.js';
import { eventSection, slashSection, startupSection } from './slack-sections.js';

const verdict = (met: boolean | undefined) =>
  met === undefined ? 'not judged (smoke run)' : met ? '✅ met' : '❌ missed';

/** The whole report as Markdown: printed by `npm run bench` and written to bench/RESULTS.md. */
export function formatReport(report: BenchReport): string {
  const { machine } = report;
  return [
    '# CertPath benchmarks',
    '',
    `${report.quick ? 'Smoke run (`--quick`): small samples, targets not judged.' : 'Full run.'} ` +
      `${machine.date} · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGb} GB · Node ${machine.node} · ${machine.platform} · ` +
      `load average ${report.loadAverage.start.toFixed(2)} at start, up to ${report.loadAverage.max.toFixed(2)} · took ${report.durationS.toFixed(0)} s`,
    '',
    ...busyWarning(report),
    '## Targets',
    '',
    markdownTable(
      ['target', 'goal', 'measured', ''],
      report.targets.map((check) => [check.name, check.goal, check.measured, verdict(check.met)]),
    ),
    ...report.skipped.map((line) => `\n_Skipped: ${line}_`),
    '',
    ...matchingSection(report),
    ...slashSection(report),
    ...eventSection(report),
    ...startupSection(report),
    ...report.hotspots.flatMap(hotspotSection),
    ...memorySection(report),
    ...METHOD,
  ].join('\n');
}

/** On a machine busier than its cores, wall-clock tails include waiting for a CPU: say so next to the numbers. */
function busyWarning({ loadAverage, machine }: BenchReport): string[] {
  if (loadAverage.max <= machine.cores) return [];
  return [
    `> ⚠️ Other work kept this machine busy (load average up to ${loadAverage.max.toFixed(1)} on ${machine.cores} cores). Wall-clock tails include time spent waiting for a CPU; matching is judged on an estimate that leaves the waiting out (see below), start-up also shows its CPU time, and the slash-command ratios compare servers measured alternately under the same conditions.`,
    '',
  ];
}

const METHOD = [
  '## How this was measured',
  '',
  '- What runs: the core and the bot as built by `npm run build`, from a copy of dist/ taken when the run starts (so a rebuild during the run changes nothing).',
  '- Matching: each engine in a fresh process (`--expose-gc`), engines one after another. Content ×10 and ×100 is the default guide plus copies under new guide ids with about a fifth of their longer words changed by one letter, written to a temp dir and read with the real `loadContent`. `certpath ask` is `createAnswerer(guides, { cacheSize: 0 }).ask(q, { mode: "direct" })` (decide, match, render; reply cache off); `certpath match` is `matchQuestion` over `buildGuideIndexes`. Baselines are the ones `certpath eval` scores (src/cli/eval/baseline-search.ts): `sectionText` as title + text, Fuse.js with default options, MiniSearch with fuzzy 0.2 + prefix.',
  '- Slash command: autocannon in the bench process, each server in its own child process on 127.0.0.1, loaded one at a time in rotating order, round after round. Every request is signed (Slack v0 HMAC with the timestamp of its round) and every answer checked: a wrong body or an apology counts as an error. The real app is the production command, `node --max-old-space-size=128 --max-semi-space-size=8 dist/main.js`; the floor is a Bolt app with the same receiver whose command handler acks a fixed message, and the ceiling is node:http verifying the HMAC and returning a fixed body — both the bot’s own answer to “which exam is harder?” built once, so the ratios measure the bot’s work, not its reply’s size. The real app runs with its SQLite store in a temporary data directory; a copy with no store (`CERTPATH_STORE=memory`) and a second copy with it, started after that one, are loaded in the same rounds, to show what the store costs against how far two identical processes are apart. The bot caches replies per question (500 most recent), and the requests cycle through the evaluation questions. p50/p99 are medians over rounds.',
  '- Events: signed `app_mention` deliveries to the real app from a closed loop of senders; latency runs from sending the event to its `chat.postMessage` (matched by thread ts) reaching a minimal fake Web API in the bench process.',
  '- Start-up: `node --max-old-space-size=128 --max-semi-space-size=8 dist/main.js` with CERTPATH_MODE=http and SLACK_API_URL at the fake, from spawn to the first 200 from `/healthz` (a preload pins its listen() to 127.0.0.1). RSS from /proc a second after ready, and again after the slash and event load.',
  '- Verdicts: matching is judged on "p99 est.", the p99 over questions of min(wall time, process CPU time). Matching is single-threaded CPU work with no I/O, so on a machine with nothing else running its latency is at most either: wall time also counts waiting for a core, CPU time also counts GC helper threads. Everything else is judged on wall-clock time, as the targets are stated; start-up also shows its CPU time.',
  '- Missed targets are re-run under a profiler: `--cpu-prof` (written to bench/profiles/) for CPU, `--trace-gc` for memory.',
];
