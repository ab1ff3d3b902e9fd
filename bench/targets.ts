import type { ScaleResult } from './matching/matching-suite.js';
import type { BenchReport, TargetCheck } from './report/bench-report.js';

/** The targets for a 2-core machine. */
export const TARGETS = {
  matchP99DefaultMs: 1,
  matchP99X100Ms: 20,
  slashOverFloor: 0.9,
  slashP99Ms: 50,
  startupMs: 1500,
  rssAfterLoadMb: 150,
} as const;

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

/** Judges every target this run has numbers for; `judge: false` (smoke run) only reports them. */
export function checkTargets(
  report: Omit<BenchReport, 'targets' | 'hotspots' | 'memory'>,
  judge: boolean,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (name: string, goal: string, measured: string, met: boolean) =>
    checks.push({ name, goal, measured, ...(judge ? { met } : {}) });
  for (const [scale, limit] of [
    [1, TARGETS.matchP99DefaultMs],
    [100, TARGETS.matchP99X100Ms],
  ] as const) {
    for (const engine of ['certpath match', 'certpath ask']) {
      const row = findRow(report.matching, scale, engine);
      if (row)
        add(
          `Matching p99 ×${scale} (${engine})`,
          `≤ ${limit} ms`,
          `${ms(row.quiet.p99)} est. (wall clock ${ms(row.latency.p99)})`,
          row.quiet.p99 <= limit,
        );
    }
  }
  const { slash, startup } = report;
  const real = slash?.targets[0];
  if (slash && real) {
    add(
      'Slash command req/s ÷ Bolt floor',
      `≥ ${TARGETS.slashOverFloor}`,
      slash.realOverFloor.toFixed(2),
      slash.realOverFloor >= TARGETS.slashOverFloor,
    );
    add(
      'Slash command p99 (50 connections)',
      `≤ ${TARGETS.slashP99Ms} ms`,
      ms(real.p99),
      real.p99 <= TARGETS.slashP99Ms,
    );
    add('Slash command errors', '0', String(real.errors), real.errors === 0);
    if (slash.store)
      add(
        'Slash command req/s with the SQLite store ÷ without (paired rounds)',
        'within noise (≥ 1 − how far two identical copies were apart)',
        `${slash.store.ratio.toFixed(2)} (copies ${(slash.store.noise * 100).toFixed(0)}% apart)`,
        slash.store.ratio >= 1 - slash.store.noise,
      );
  }
  if (startup) {
    add(
      'Start-up: process start → /healthz 200 (median)',
      `≤ ${TARGETS.startupMs} ms`,
      `${ms(startup.medianReadyMs)} (CPU ${ms(startup.medianReadyCpuMs)})`,
      startup.medianReadyMs <= TARGETS.startupMs,
    );
    add(
      'RSS after the load',
      `≤ ${TARGETS.rssAfterLoadMb} MB`,
      `${startup.afterLoadRssMb.toFixed(0)} MB`,
      startup.afterLoadRssMb <= TARGETS.rssAfterLoadMb,
    );
  }
  return checks;
}

export function findRow(matching: readonly ScaleResult[], scale: number, engine: string) {
  return matching.find((result) => result.scale === scale)?.rows.find((row) => row.engine === engine);
}
