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
   * The blind set was written by someone who never saw the guide's wording: harder than the project set.
   * It is held to floors just under today's numbers, so a change that generalises worse fails here.
   * Channel recall gave way to precision (issue #13: a side's name alone is work talk, not a question); a named
   * subject needs no margin over the runner-up (recall back to 72%).
   */
  it('holds its floors on the blind set and still never answers chatter in a channel', () => {
    const report = evaluate('questions.blind.jsonl');
    const ours = report.systems[0]!;
    expect(ours.channel.chatterAnswers).toBe(0);
    expect(ours.direct.top1).toBeGreaterThanOrEqual(0.94);
    expect(ours.direct.top3).toBeGreaterThanOrEqual(0.98);
    expect(ours.direct.notCovered).toBeGreaterThanOrEqual(0.93);
    expect(ours.channel.precision).toBeGreaterThanOrEqual(0.97);
    expect(ours.channel.recall).toBeGreaterThanOrEqual(0.74);
    expect(report.behindBaselines).toEqual([]);
  });

  /**
   * The second blind set (issue #13) was written before any tuning and measured once after the matcher's
   * tuning; those numbers are its floors from then on.
   */
  it('holds its floors on the second blind set', () => {
    const report = evaluate('questions.blind2.jsonl');
    const ours = report.systems[0]!;
    expect(ours.channel.chatterAnswers).toBe(0);
    expect(ours.direct.top1).toBeGreaterThanOrEqual(0.91);
    expect(ours.direct.top3).toBeGreaterThanOrEqual(0.98);
    expect(ours.direct.notCovered).toBeGreaterThanOrEqual(0.97);
    expect(ours.channel.precision).toBeGreaterThanOrEqual(0.93);
    expect(ours.channel.recall).toBeGreaterThanOrEqual(0.76);
    expect(report.behindBaselines).toEqual([]);
  });

  /**
   * The third blind set was written by a helper who saw only the outline and the seed, and measured once
   * before it informed any change (eval/baseline-blind3.txt: top-1 77.2%, top-3 87.6%, behind MiniSearch).
   * Its misses then guided the changes after it, so today's numbers are its floors, not a held-out score.
   */
  it('holds its floors on the third blind set, ahead of both baselines', () => {
    const report = evaluate('questions.blind3.jsonl');
    const ours = report.systems[0]!;
    expect(ours.channel.chatterAnswers).toBe(0);
    expect(ours.direct.top1).toBeGreaterThanOrEqual(0.85);
    expect(ours.direct.top3).toBeGreaterThanOrEqual(0.95);
    expect(ours.direct.notCovered).toBeGreaterThanOrEqual(0.95);
    expect(ours.channel.precision).toBeGreaterThanOrEqual(0.98);
    expect(ours.channel.recall).toBeGreaterThanOrEqual(0.68);
    expect(report.behindBaselines).toEqual([]);
  });

  /** Workplace chatter overheard in a channel: infrastructure, hiring, social talk, other exams. */
  it.each(['chatter.workplace.jsonl', 'chatter.workplace2.jsonl'])(
    'never answers the workplace chatter of %s in a channel, where both baselines do',
    (file) => {
      const report = evaluate(file);
      const [ours, ...baselines] = report.systems;
      expect(ours!.channel.chatterAnswers).toBe(0);
      for (const baseline of baselines) expect(baseline.channel.chatterAnswers).toBeGreaterThan(0);
    },
  );

  it('reports, per confidence band, how often the best candidate was right', () => {
    const bands = evaluate('questions.jsonl').calibration;
    const high = bands.filter((band) => band.from >= 0.6 && band.count > 0);
    const rightShare =
      high.reduce((sum, band) => sum + band.right, 0) / high.reduce((sum, band) => sum + band.count, 0);
    expect(rightShare).toBeGreaterThanOrEqual(0.95);
  });
});
