/**
 * Child process: loads a content folder with the real loader, then measures one engine on it.
 * Run with --expose-gc so heap figures are after collection. Answers the parent over IPC.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readEvalSet } from '../../src/cli/eval/eval-set.js';
import { loadContent } from './built-core.js';
import { ENGINES } from './engines.js';
import { type EngineMeasurement, type MatchingBudget, measureEngine } from './measure-engine.js';

/** What the worker reports to the parent. */
export interface WorkerReport extends EngineMeasurement {
  loadMs: number;
  guides: number;
  sections: number;
}

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    engine: { type: 'string' },
    questions: { type: 'string' },
    warmup: { type: 'string', multiple: true, default: [] },
    budget: { type: 'string' },
    /** Write a CPU profile of building and measuring (not of loading content) to this file. */
    profile: { type: 'string' },
  },
});
const engine = ENGINES.find((candidate) => candidate.name === values.engine);
if (!engine || !values.content || !values.questions || !values.budget)
  throw new Error('usage: --content --engine --questions --budget');

const loadStart = performance.now();
const guides = loadContent(values.content);
const loadMs = performance.now() - loadStart;
const questions = readEvalSet(values.questions).map((item) => item.q);
const warmup = values.warmup.flatMap((file) => readEvalSet(file).map((item) => item.q));
const session = values.profile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const measured = measureEngine(
  engine,
  guides,
  questions,
  warmup,
  JSON.parse(values.budget) as MatchingBudget,
);
if (session && values.profile) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values.profile, JSON.stringify(profile));
}
const report: WorkerReport = {
  ...measured,
  loadMs,
  guides: guides.length,
  sections: guides.reduce((sum, guide) => sum + guide.sections.length, 0),
};
process.send?.(report, () => process.disconnect());
