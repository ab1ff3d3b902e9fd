import type { EvalCase } from './eval-set.js';
import { type CaseResult, ratio, runCases } from './metrics.js';
import type { System } from './systems.js';

/**
 * A way people write the same question differently: a question rewritten so that its answer should not
 * change. `certpath eval --variants` asks every question the system handles rightly again in each form and
 * counts how many still are: a robustness check that needs no new question set.
 */
export interface Variant {
  name: string;
  /** The question as this variant writes it; `at` seeds any randomness, so a run is repeatable. */
  rewrite(question: string, at: number): string;
}

export const VARIANTS: readonly Variant[] = [
  { name: 'two typos', rewrite: (question, at) => withTypos(question, at) },
  { name: 'no "?"', rewrite: (question) => question.replaceAll('?', '') },
  { name: 'no full stops', rewrite: (question) => question.replace(/[.!]/g, '') },
  { name: 'no commas', rewrite: (question) => question.replaceAll(',', '') },
  { name: 'lower case', rewrite: (question) => question.toLowerCase() },
  { name: '"Hi team, " first', rewrite: (question) => `Hi team, ${question}` },
  { name: '"quick q: " first', rewrite: (question) => `quick q: ${question}` },
  { name: '"(asking for a friend)" after', rewrite: (question) => `${question} (asking for a friend)` },
];

/** How one variant fared over the questions the system handled rightly as written. */
export interface VariantScore {
  name: string;
  /** In-scope questions answered rightly as written, and rewritten by this variant. */
  inScope: number;
  /** Share of those still answered with the right section (direct). */
  top1: number;
  /** In-scope questions answered rightly in a channel as written, rewritten. */
  inChannel: number;
  /** Share of those still answered rightly in a channel. */
  channel: number;
  /** Out-of-scope questions answered "not covered" as written, rewritten. */
  outOfScope: number;
  /** Share of those still "not covered". */
  notCovered: number;
  /** Out-of-scope questions (or chatter) silent in a channel as written that a rewrite got answered. */
  channelAnswers: number;
}

/** Asks every rightly handled question again in each variant's form. */
export function runVariants(system: System, results: readonly CaseResult[]): VariantScore[] {
  return VARIANTS.map((variant) => {
    const rewritten = (pick: (result: CaseResult) => boolean) =>
      results.flatMap((result, at): EvalCase[] => {
        if (!pick(result)) return [];
        const q = variant.rewrite(result.case.q, at);
        return q === result.case.q ? [] : [{ ...result.case, q }];
      });
    const inScope = runCases(
      system,
      rewritten((r) => r.direct.right),
    );
    const inChannel = runCases(
      system,
      rewritten((r) => r.channel !== undefined && r.case.expect.includes(r.channel)),
    );
    const outOfScope = runCases(
      system,
      rewritten(
        (r) => r.case.expect.length === 0 && r.direct.answer === undefined && r.direct.top3.length === 0,
      ),
    );
    const silent = runCases(
      system,
      rewritten((r) => r.case.expect.length === 0 && r.channel === undefined),
    );
    return {
      name: variant.name,
      inScope: inScope.length,
      top1: ratio(inScope.filter((r) => r.direct.right).length, inScope.length),
      inChannel: inChannel.length,
      channel: ratio(
        inChannel.filter((r) => r.channel !== undefined && r.case.expect.includes(r.channel)).length,
        inChannel.length,
      ),
      outOfScope: outOfScope.length,
      notCovered: ratio(
        outOfScope.filter((r) => r.direct.answer === undefined && r.direct.top3.length === 0).length,
        outOfScope.length,
      ),
      channelAnswers: silent.filter((r) => r.channel !== undefined).length,
    };
  });
}

const held = (value: number, over: number) =>
  `${over === 0 ? '—' : `${(value * 100).toFixed(1)}%`} of ${over}`.padStart(17);

/** The variants as a terminal table: how much of what was right as written stays right rewritten. */
export function formatVariants(scores: readonly VariantScore[]): string {
  const lines = [
    'Rewritten (certpath; questions handled rightly as written, asked again in another form)',
    `  ${'variant'.padEnd(32)}${'top-1 held'.padStart(17)}${'channel held'.padStart(17)}${'not covered held'.padStart(17)}  new channel answers`,
  ];
  for (const score of scores)
    lines.push(
      `  ${score.name.padEnd(32)}${held(score.top1, score.inScope)}${held(score.channel, score.inChannel)}${held(score.notCovered, score.outOfScope)}  ${score.channelAnswers}`,
    );
  return lines.join('\n');
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Two typos in two words of five letters or more: a letter dropped, doubled, swapped with the next or
 * replaced, never the first. Seeded by `at`: the same question always gets the same typos.
 */
export function withTypos(question: string, at: number): string {
  let seed = (at + 1) * 2_654_435_761;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed % n;
  };
  const parts = question.split(' ');
  const long = parts.flatMap((word, k) => (/^[A-Za-z]{5,}$/.test(word) ? [k] : []));
  for (let typo = 0; typo < 2 && long.length > 0; typo++) {
    const k = long.splice(next(long.length), 1)[0]!;
    const word = [...parts[k]!];
    const i = 1 + next(word.length - 2);
    const kind = next(4);
    if (kind === 0) word.splice(i, 1);
    else if (kind === 1) word.splice(i, 0, word[i]!);
    else if (kind === 2) [word[i], word[i + 1]] = [word[i + 1]!, word[i]!];
    else word[i] = LETTERS[next(LETTERS.length)]!;
    parts[k] = word.join('');
  }
  return parts.join(' ');
}
