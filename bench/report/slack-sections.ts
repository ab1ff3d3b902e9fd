import type { BenchReport } from './bench-report.js';
import { LOAD_COLUMNS, loadCells, markdownTable, num, times } from './markdown-table.js';

/** The slash command against the floor and the ceiling. */
export function slashSection({ slash, slashSetup }: BenchReport): string[] {
  if (!slash || !slashSetup) return [];
  return [
    `## Slash command over HTTP (${slashSetup.connections} connections, ${slashSetup.rounds} rounds × ${slashSetup.seconds} s, servers alternating)`,
    '',
    markdownTable(
      ['server', 'req/s (median)', ...LOAD_COLUMNS.slice(1), 'req/s per round'],
      slash.targets.map((t) => [
        t.name,
        ...loadCells(t),
        t.rounds.map((r) => num(r.requestsPerSecond)).join(' / '),
      ]),
    ),
    '',
    `Real app ÷ Bolt floor: **${times(slash.realOverFloor)}** · real app ÷ bare node:http: **${times(slash.realOverBare)}** · Bolt floor ÷ bare node:http: ${times(slash.floorOverBare)} (medians of per-round ratios).`,
    '',
    ...(slash.store
      ? [
          `With the SQLite store ÷ without: **${times(slash.store.ratio)}** (the geometric mean of the two copies with the store, started before and after the storeless one; per round ${slash.store.perRound.map((value) => value.toFixed(2)).join(' / ')}). The two identical copies were ${(slash.store.noise * 100).toFixed(1)}% apart (median over rounds), the noise this is judged against.`,
          '',
        ]
      : []),
  ];
}

/** app_mention → chat.postMessage. */
export function eventSection({ events }: BenchReport): string[] {
  if (!events) return [];
  return [
    `## Event path: app_mention → chat.postMessage (${events.concurrency} mentions in flight)`,
    '',
    markdownTable(
      ['events/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'events'],
      [
        [
          num(events.eventsPerSecond),
          num(events.latency.p50),
          num(events.latency.p99),
          num(events.latency.max),
          String(events.errors),
          String(events.events),
        ],
      ],
    ),
    '',
  ];
}

/** Start-up and RSS of the production bot. */
export function startupSection({ startup }: BenchReport): string[] {
  if (!startup) return [];
  return [
    '## Start-up and memory (`node --max-old-space-size=128 --max-semi-space-size=8 dist/main.js`, HTTP mode)',
    '',
    markdownTable(
      [
        'ready ms (median)',
        'each run',
        'CPU ms to ready (median)',
        'first answer ms',
        'RSS idle MB',
        'RSS after the load MB',
      ],
      [
        [
          num(startup.medianReadyMs),
          startup.readyMs.map(num).join(' / '),
          num(startup.medianReadyCpuMs),
          num(startup.firstAnswerMs),
          num(startup.idleRssMb),
          num(startup.afterLoadRssMb),
        ],
      ],
    ),
    '',
  ];
}
