import type { MatchingBudget } from './matching/measure-engine.js';

/** Everything that differs between a full run and a `--quick` smoke run. */
export interface BenchOptions {
  quick: boolean;
  /** Whether targets are judged (a smoke run only checks that everything runs). */
  judge: boolean;
  matching: { scales: number[]; budget: (scale: number) => MatchingBudget };
  slash: { connections: number; rounds: number; seconds: number; warmupSeconds: number };
  events: { concurrency: number; seconds: number; warmupSeconds: number };
  startup: { runs: number };
}

const FULL: BenchOptions = {
  quick: false,
  judge: true,
  matching: {
    scales: [1, 10, 100],
    budget: (scale) => ({
      warmupMs: 1500,
      maxMs: scale >= 100 ? 4000 : 2500,
      minSamples: scale >= 100 ? 100 : 308,
      maxSamples: 20_000,
    }),
  },
  slash: { connections: 50, rounds: 5, seconds: 5, warmupSeconds: 2 },
  events: { concurrency: 20, seconds: 6, warmupSeconds: 1 },
  startup: { runs: 5 },
};

const QUICK: BenchOptions = {
  quick: true,
  judge: false,
  matching: {
    scales: [1, 10],
    budget: () => ({ warmupMs: 200, maxMs: 400, minSamples: 30, maxSamples: 2_000 }),
  },
  slash: { connections: 50, rounds: 1, seconds: 2, warmupSeconds: 0.5 },
  events: { concurrency: 20, seconds: 2, warmupSeconds: 0.3 },
  startup: { runs: 1 },
};

/** `--quick` selects the smoke run; anything else is the full run. */
export function benchOptions(argv: readonly string[]): BenchOptions {
  return argv.includes('--quick') ? QUICK : FULL;
}
