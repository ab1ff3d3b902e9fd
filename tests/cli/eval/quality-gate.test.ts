import { describe, expect, it } from 'vitest';
import { evaluate, expectFloors, floorsShard, LIST_TIMEOUT } from './gate-floors.js';

describe('answer quality (the gate in npm test)', () => {
  it('meets every target on the project set and beats both baselines on every line', () => {
    const report = evaluate('questions.jsonl');
    expect(report.missed).toEqual([]);
    expect(report.behindBaselines).toEqual([]);
  });

  /** Shard 1 of 4 of the lists held to floors (./gate-floors.ts says why each floor is where it is). */
  it.each(floorsShard(0, 4))(
    'holds its floors on $file, ahead of both baselines',
    expectFloors,
    LIST_TIMEOUT,
  );

  /** Workplace chatter overheard in a channel: infrastructure, hiring, social talk, other exams. */
  it.each([
    'chatter.workplace.jsonl',
    'chatter.workplace2.jsonl',
    'chatter.workplace3.jsonl',
    'chatter.workplace4.jsonl',
    'chatter.workplace5.jsonl',
    'chatter.workplace6.jsonl',
    'chatter.workplace7.jsonl',
    'chatter.workplace8.jsonl',
    'chatter.workplace9.jsonl',
    'chatter.workplace10.jsonl',
    'chatter.workplace11.jsonl',
    'chatter.workplace12.jsonl',
    'chatter.workplace13.jsonl',
    'chatter.workplace14.jsonl',
    'chatter.workplace15.jsonl',
    'chatter.workplace17.jsonl',
    'chatter.workplace18.jsonl',
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
