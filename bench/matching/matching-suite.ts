import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchOptions } from '../bench-options.js';
import { nextMessage, spawnBenchChild } from '../child-process.js';
import { ROOT } from '../paths.js';
import { ENGINES } from './engines.js';
import type { WorkerReport } from './matching-worker.js';
import type { MatchingBudget } from './measure-engine.js';
import { writeScaledContent } from './scaled-content.js';

/** Every engine at one content size. */
export interface ScaleResult {
  scale: number;
  rows: WorkerReport[];
}

export const DEFAULT_GUIDE = join(ROOT, 'content', 'aws-architect-vs-developer');
export const QUESTIONS = join(ROOT, 'eval', 'questions.jsonl');
/** Warm-up questions, other than the measured ones, so that the first measured pass meets cold caches. */
const WARMUP = [join(ROOT, 'eval', 'questions.public.jsonl')].filter(existsSync);

/**
 * Matching at ×1, ×10, ×100 content: each engine in a fresh process (so heap, first-question cost and
 * JIT state are its own), one after another so that none shares the CPU with another.
 */
export async function runMatchingSuite(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  for (const scale of options.matching.scales) {
    const content = writeScaledContent(DEFAULT_GUIDE, scale);
    try {
      const rows: WorkerReport[] = [];
      for (const engine of ENGINES) {
        const row = await runWorker(content.dir, engine.name, options.matching.budget(scale));
        log(
          `matching ×${scale} ${engine.name}: p50 ${row.latency.p50.toFixed(3)} ms, p99 ${row.latency.p99.toFixed(3)} ms`,
        );
        rows.push(row);
      }
      results.push({ scale, rows });
    } finally {
      content.remove();
    }
  }
  return results;
}

/** Runs one engine on one content folder in a child; with `profileFile`, it also writes a CPU profile of the measuring. */
export async function runWorker(
  contentDir: string,
  engine: string,
  budget: MatchingBudget,
  profileFile?: string,
): Promise<WorkerReport> {
  const args = [
    '--content',
    contentDir,
    '--engine',
    engine,
    '--questions',
    QUESTIONS,
    '--budget',
    JSON.stringify(budget),
  ];
  for (const file of WARMUP) args.push('--warmup', file);
  if (profileFile) args.push('--profile', profileFile);
  const child = spawnBenchChild('./matching/matching-worker.ts', args, { nodeArgs: ['--expose-gc'] });
  const report = await nextMessage<WorkerReport>(child, 180_000, `matching worker (${engine})`);
  await new Promise((resolve) =>
    child.exitCode === null ? child.once('exit', resolve) : resolve(undefined),
  );
  return report;
}
