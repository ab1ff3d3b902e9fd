import { performance } from 'node:perf_hooks';
import type { Guide } from '../../src/core/guide.js';
import { type LatencySummary, summarize } from '../stats.js';
import type { MatchingEngine } from './engines.js';

/** How long to run one engine at one scale. */
export interface MatchingBudget {
  /** Warm the JIT on other questions for at most this long. */
  warmupMs: number;
  /** Stop after this much measuring time once `minSamples` are in… */
  maxMs: number;
  minSamples: number;
  /** …and never take more than this many. */
  maxSamples: number;
}

/** One engine at one content size. */
export interface EngineMeasurement {
  engine: string;
  buildMs: number;
  /** Heap the index (and whatever the first questions loaded or cached) keeps, after GC. */
  heapMb: number;
  /** The very first question in a fresh process, before any warm-up: lazy loads show here. */
  firstMs: number;
  /** Every measured question, wall clock. */
  latency: LatencySummary;
  /**
   * The same questions in CPU time of the process: what the code costs without the time spent
   * waiting for a CPU on a busy machine (GC helper threads count; they are part of the cost).
   */
  cpu: LatencySummary;
  /**
   * Per question the smaller of wall and CPU time: each is an upper bound of what a machine with
   * nothing else running would show (wall counts waiting for a core, CPU counts GC helper threads),
   * so their minimum is the tightest one. Matching targets are judged on it.
   */
  quiet: LatencySummary;
  /** The first pass only, each question seen for the first time (caches cold, JIT warm). */
  unseen: LatencySummary;
  questionsPerSecond: number;
}

const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heapMb = () => {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Builds `engine` over `guides` and times it on `questions`, after warming up on `warmup`. */
export function measureEngine(
  engine: MatchingEngine,
  guides: readonly Guide[],
  questions: readonly string[],
  warmup: readonly string[],
  budget: MatchingBudget,
): EngineMeasurement {
  const heapBefore = heapMb();
  const built = performance.now();
  const answer = engine.build(guides);
  const buildMs = performance.now() - built;
  const firstMs = time(answer, warmup[0] ?? questions[0]!).wall;
  const warmStart = performance.now();
  for (let i = 0; warmup.length > 0 && performance.now() - warmStart < budget.warmupMs; i++)
    answer(warmup[i % warmup.length]!);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const start = performance.now();
  let elapsed = 0;
  while (
    samples.length < budget.maxSamples &&
    (elapsed < budget.maxMs || samples.length < budget.minSamples)
  ) {
    const { wall, cpu } = time(answer, questions[samples.length % questions.length]!);
    samples.push(wall);
    cpuSamples.push(cpu);
    elapsed = performance.now() - start;
  }
  const heapAfter = heapMb();
  return {
    engine: engine.name,
    buildMs,
    heapMb: heapAfter - heapBefore,
    firstMs,
    latency: summarize(samples),
    cpu: summarize(cpuSamples),
    quiet: summarize(samples.map((wall, i) => Math.min(wall, cpuSamples[i]!))),
    unseen: summarize(samples.slice(0, questions.length)),
    questionsPerSecond: (samples.length / elapsed) * 1000,
  };
}

let sink = 0;
/**
 * Milliseconds one question takes, wall clock and CPU; the result feeds a sink so the call is never
 * optimised away. The CPU reading brackets the wall one, so its own cost (about a microsecond) is not timed.
 */
function time(answer: (question: string) => unknown, question: string): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = answer(question);
  const wall = performance.now() - start;
  const cpuUsed = process.cpuUsage(cpuStart);
  sink = (sink + (result ? 1 : 0)) % 1024;
  return { wall, cpu: (cpuUsed.user + cpuUsed.system) / 1000 };
}
