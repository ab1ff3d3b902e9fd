import { ENGINES } from '../matching/engines.js';
import { ratio } from '../stats.js';
import { findRow } from '../targets.js';
import type { BenchReport } from './bench-report.js';
import { markdownTable, num, times } from './markdown-table.js';

/** Matching per engine and content size, how cost grows, and CertPath against the baselines. */
export function matchingSection({ matching }: BenchReport): string[] {
  if (matching.length === 0) return [];
  const rows = matching.flatMap(({ scale, rows: engines }) => {
    const base = engines.find((row) => row.engine === 'certpath match');
    return engines.map((row) => [
      `×${scale} (${row.guides} guides, ${row.sections} sections)`,
      row.engine,
      num(row.loadMs),
      num(row.buildMs),
      num(row.heapMb),
      num(row.firstMs),
      num(row.latency.p50),
      num(row.latency.p99),
      num(row.quiet.p99),
      num(row.unseen.p99),
      num(row.questionsPerSecond),
      times(ratio(row.latency.p99, base?.latency.p99 ?? Number.NaN)),
      String(row.latency.count),
    ]);
  });
  const scales = matching.map((result) => result.scale).filter((scale) => scale !== 1);
  const growth = ENGINES.map((engine) => {
    const one = findRow(matching, 1, engine.name);
    return [
      engine.name,
      ...scales.flatMap((scale) => {
        const row = findRow(matching, scale, engine.name);
        return [
          times(ratio(row?.latency.p50 ?? Number.NaN, one?.latency.p50 ?? Number.NaN)),
          times(ratio(row?.latency.p99 ?? Number.NaN, one?.latency.p99 ?? Number.NaN)),
          times(ratio(row?.buildMs ?? Number.NaN, one?.buildMs ?? Number.NaN)),
        ];
      }),
    ];
  });
  const versus = matching.flatMap(({ scale }) =>
    ['fuse.js defaults', 'minisearch fuzzy+prefix'].map((baseline) => {
      const other = findRow(matching, scale, baseline);
      const of = (engine: string, pick: (row: NonNullable<typeof other>) => number) => {
        const row = findRow(matching, scale, engine);
        return times(row && other ? ratio(pick(row), pick(other)) : Number.NaN);
      };
      return [
        `×${scale}`,
        baseline,
        of('certpath match', (r) => r.latency.p50),
        of('certpath match', (r) => r.latency.p99),
        of('certpath ask', (r) => r.latency.p99),
        of('certpath match', (r) => r.questionsPerSecond),
        of('certpath match', (r) => r.buildMs),
        of('certpath match', (r) => r.heapMb),
      ];
    }),
  );
  return [
    '## Matching',
    '',
    'Per question of `eval/questions.jsonl`, after a warm-up on `eval/questions.public.jsonl`. "p99 est." is the p99 of min(wall, CPU time) per question, an upper bound for a machine with nothing else running (the targets are judged on it); "p99 unseen" is the first pass, every question new to the caches; "first q" is the first question a fresh process answers. Heap is what the engine keeps after GC.',
    '',
    markdownTable(
      [
        'content',
        'engine',
        'load ms',
        'build ms',
        'heap MB',
        'first q ms',
        'p50 ms',
        'p99 ms',
        'p99 est. ms',
        'p99 unseen ms',
        'q/s',
        'p99 ÷ certpath match',
        'samples',
      ],
      rows,
    ),
    '',
    '### How cost grows with content',
    '',
    markdownTable(
      [
        'engine',
        ...scales.flatMap((scale) => [`p50 ×${scale} ÷ ×1`, `p99 ×${scale} ÷ ×1`, `build ×${scale} ÷ ×1`]),
      ],
      growth,
    ),
    '',
    '### CertPath against the baselines (CertPath ÷ baseline; below 1× CertPath is cheaper, for q/s above 1× it is faster)',
    '',
    markdownTable(
      ['content', 'baseline', 'match p50', 'match p99', 'ask p99', 'match q/s', 'build', 'heap'],
      versus,
    ),
    '',
  ];
}
