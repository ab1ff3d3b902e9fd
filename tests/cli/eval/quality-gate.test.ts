import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvalSet } from '../../../src/cli/eval/eval-set.js';
import { runEvaluation } from '../../../src/cli/eval/run-eval.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { CONTENT_DIR } from '../../support/content-copy.js';

const EVAL_DIR = join(import.meta.dirname, '..', '..', '..', 'eval');
const guides = loadContent(CONTENT_DIR);
const evaluate = (file: string) => runEvaluation(guides, readEvalSet(join(EVAL_DIR, file), file));

describe('answer quality (the gate in npm test)', () => {
  it('meets every target on the project set and beats both baselines on every line', () => {
    const report = evaluate('questions.jsonl');
    expect(report.missed).toEqual([]);
    expect(report.behindBaselines).toEqual([]);
  });

  /**
   * The blind sets, held to floors just under today's numbers so that a change that generalises worse
   * fails here, and to never answering chatter in a channel:
   * - the first was written by someone who never saw the guide's wording;
   * - the second (issue #13) before any tuning, and measured once after the matcher's tuning;
   * - the third by a helper who saw only the outline and the seed, measured once before it informed any
   *   change (eval/baseline-blind3.txt: top-1 77.2%, top-3 87.6%, behind MiniSearch); its misses then
   *   guided the changes after it, so these are floors, not a held-out score;
   * - the fourth likewise (eval/baseline-blind4.txt: top-1 68.8%, top-3 88.4%, behind MiniSearch). One of
   *   its out-of-scope questions is still answered in a channel: a city's job market ("… in toronto for
   *   someone with saa") reads as the job-roles section, the city being a word no dictionary lists.
   * - the fifth was measured once after this round's other changes (eval/baseline-blind5.txt: top-1 69.6%,
   *   behind MiniSearch's 74.8%); later changes were checked against it, so it too is now a floor. Two of
   *   its out-of-scope questions are answered in a channel (an old exam version, a city's job market).
   * - the sixth was measured once at the end of session 4 (eval/baseline-blind6.txt), then kept as a floor.
   * Channel recall gave way to precision (issue #13: a side's name alone is work talk, not a question).
   */
  it.each([
    {
      file: 'questions.blind.jsonl',
      top1: 0.96,
      top3: 0.99,
      notCovered: 0.93,
      precision: 0.97,
      recall: 0.76,
    },
    {
      file: 'questions.blind2.jsonl',
      top1: 0.94,
      top3: 0.98,
      notCovered: 0.97,
      precision: 0.95,
      recall: 0.81,
    },
    {
      file: 'questions.blind3.jsonl',
      top1: 0.92,
      top3: 0.95,
      notCovered: 0.97,
      precision: 0.99,
      recall: 0.72,
    },
    {
      file: 'questions.blind4.jsonl',
      top1: 0.85,
      top3: 0.96,
      notCovered: 0.87,
      precision: 0.92,
      recall: 0.67,
      chatter: 1,
    },
    {
      file: 'questions.blind5.jsonl',
      top1: 0.8,
      top3: 0.88,
      notCovered: 0.85,
      precision: 0.91,
      recall: 0.49,
      chatter: 2,
      // MiniSearch, which answers everything, still ranks the right section in its top three more often.
      behind: ['direct top-3'],
    },
    {
      file: 'questions.blind6.jsonl',
      top1: 0.88,
      top3: 0.96,
      notCovered: 0.85,
      precision: 0.95,
      recall: 0.71,
      chatter: 1,
    },
  ])('holds its floors on $file, ahead of both baselines', (floors) => {
    const report = evaluate(floors.file);
    const ours = report.systems[0]!;
    expect(ours.channel.chatterAnswers).toBeLessThanOrEqual(floors.chatter ?? 0);
    expect(ours.direct.top1).toBeGreaterThanOrEqual(floors.top1);
    expect(ours.direct.top3).toBeGreaterThanOrEqual(floors.top3);
    expect(ours.direct.notCovered).toBeGreaterThanOrEqual(floors.notCovered);
    expect(ours.channel.precision).toBeGreaterThanOrEqual(floors.precision);
    expect(ours.channel.recall).toBeGreaterThanOrEqual(floors.recall);
    const allowed: readonly string[] = ('behind' in floors && floors.behind) || [];
    expect(report.behindBaselines.filter((line) => !allowed.some((name) => line.startsWith(name)))).toEqual(
      [],
    );
  });

  /** Workplace chatter overheard in a channel: infrastructure, hiring, social talk, other exams. */
  it.each([
    'chatter.workplace.jsonl',
    'chatter.workplace2.jsonl',
    'chatter.workplace3.jsonl',
    'chatter.workplace4.jsonl',
  ])('never answers the workplace chatter of %s in a channel, where both baselines do', (file) => {
    const report = evaluate(file);
    const [ours, ...baselines] = report.systems;
    expect(ours!.channel.chatterAnswers).toBe(0);
    for (const baseline of baselines) expect(baseline.channel.chatterAnswers).toBeGreaterThan(0);
  });

  it('reports, per confidence band, how often the best candidate was right', () => {
    const bands = evaluate('questions.jsonl').calibration;
    const high = bands.filter((band) => band.from >= 0.6 && band.count > 0);
    const rightShare =
      high.reduce((sum, band) => sum + band.right, 0) / high.reduce((sum, band) => sum + band.count, 0);
    expect(rightShare).toBeGreaterThanOrEqual(0.95);
  });
});
