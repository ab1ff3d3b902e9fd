import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvalCase } from '../../../src/cli/eval/eval-set.js';
import { runCases } from '../../../src/cli/eval/metrics.js';
import type { System } from '../../../src/cli/eval/systems.js';
import { runVariants, VARIANTS, withTypos } from '../../../src/cli/eval/variants.js';
import { main } from '../../../src/cli/main.js';
import { fakeIo } from '../../support/fake-io.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('withTypos', () => {
  const question = 'which certification expects deeper networking knowledge overall';

  it('puts two typos in two long words, never in the first letter, the same way each time', () => {
    const typed = withTypos(question, 7);
    expect(withTypos(question, 7)).toBe(typed);
    const before = question.split(' ');
    const after = typed.split(' ');
    const changed = before.flatMap((word, k) => (word === after[k] ? [] : [k]));
    expect(changed).toHaveLength(2);
    for (const k of changed) {
      expect(before[k]!.length).toBeGreaterThanOrEqual(5);
      expect(after[k]![0]).toBe(before[k]![0]);
    }
  });

  it('leaves a question with no word of five letters as it is', () => {
    expect(withTypos('is dva hard?', 3)).toBe('is dva hard?');
  });
});

describe('runVariants', () => {
  // A system that answers only questions ending in "?": losing the "?" loses the answer.
  const system: System = {
    name: 'toy',
    direct: (question) =>
      question.trim().endsWith('?') ? { answer: 'coding', top3: ['coding'] } : { top3: [] },
    channel: (question) => (question.trim().endsWith('?') ? 'coding' : undefined),
  };
  const cases: EvalCase[] = [
    { q: 'how much code?', expect: ['coding'], cat: 'para', where: 'x:1' },
    { q: 'lunch at noon', expect: [], cat: 'out', where: 'x:2' },
  ];

  it('counts, per variant, how much of what was right as written stays right rewritten', () => {
    const scores = runVariants(system, runCases(system, cases));
    expect(scores.map((score) => score.name)).toEqual(VARIANTS.map((variant) => variant.name));
    const noQuestionMark = scores.find((score) => score.name === 'no "?"')!;
    expect(noQuestionMark).toMatchObject({ inScope: 1, top1: 0, inChannel: 1, channel: 0 });
    // "lunch at noon" has no "?" to lose: not counted for that variant.
    expect(noQuestionMark.outOfScope).toBe(0);
    const greeting = scores.find((score) => score.name === '"Hi team, " first')!;
    expect(greeting).toMatchObject({ inScope: 1, top1: 1, outOfScope: 1, notCovered: 1, channelAnswers: 0 });
    const aside = scores.find((score) => score.name === '"(asking for a friend)" after')!;
    expect(aside.top1).toBe(0);
  });
});

describe('certpath eval --variants', () => {
  it('prints how each rewrite fares after the usual report', async () => {
    const io = fakeIo([], ROOT);
    await main(['eval', 'eval/questions.public.jsonl', '--variants'], io);
    const printed = io.stdout.join('\n');
    expect(printed).toContain('Rewritten (certpath');
    for (const variant of VARIANTS) expect(printed).toContain(variant.name);
    expect(printed).toMatch(/two typos\s+\d+\.\d% of \d+/);
  });
});
