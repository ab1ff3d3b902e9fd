import type { Guide, Section } from '../guide.js';
import { cellText } from '../text/cell-text.js';
import { STOP_WORDS } from './stop-words.js';
import { stem, words } from './tokenize.js';
import { TUNING } from './tuning.js';

const FIELD_WEIGHTS = TUNING.fields;
/** Fields at or above this weight name what a section is about (and feed the spelling lexicon). */
export const STRONG_FIELD = FIELD_WEIGHTS.questions;

export type Field = [weight: number, texts: readonly string[]];

/** A section's texts by field, the side it is about counting as title words. */
export function sectionFields(section: Section, guide: Guide): Field[] {
  const side = guide.sides.find((candidate) => candidate.id === section.side);
  return [
    [
      FIELD_WEIGHTS.title,
      [section.id.replace(/-/g, ' '), section.title, ...(side ? [side.id, side.label, side.code ?? ''] : [])],
    ],
    [FIELD_WEIGHTS.keywords, section.keywords],
    [FIELD_WEIGHTS.questions, section.questions],
    [FIELD_WEIGHTS.summary, [section.summary]],
    [FIELD_WEIGHTS.aspects, section.comparison.map((row) => row.aspect)],
    [FIELD_WEIGHTS.cells, section.comparison.flatMap((row) => Object.values(row.cells).map(cellText))],
    [FIELD_WEIGHTS.body, [section.body]],
  ];
}

/** Each stem's weight in a section (its most prominent field, plus a little per repeat) and its two-word phrases. */
export function weighTerms(
  fields: readonly Field[],
  canonical: ReadonlyMap<string, string> = new Map(),
): { terms: Map<string, number>; bigrams: Set<string> } {
  const terms = new Map<string, number>();
  const repeats = new Map<string, number>();
  const bigrams = new Set<string>();
  for (const [weight, texts] of fields) {
    const seen = new Set<string>();
    for (const text of texts) {
      const content = words(text)
        .map(stem)
        .filter((term) => !STOP_WORDS.has(term));
      content.forEach((term, i) => {
        terms.set(term, Math.max(terms.get(term) ?? 0, weight));
        seen.add(term);
        if (i > 0 && weight >= FIELD_WEIGHTS.summary) {
          const before = content[i - 1]!;
          bigrams.add(`${before} ${term}`);
          // And in the vocabulary's terms, as a question's phrases are read too.
          bigrams.add(`${canonical.get(before) ?? before} ${canonical.get(term) ?? term}`);
        }
      });
    }
    for (const term of seen) repeats.set(term, (repeats.get(term) ?? 0) + 1);
  }
  for (const [term, count] of repeats)
    terms.set(
      term,
      terms.get(term)! + FIELD_WEIGHTS.repeatBonus * Math.min(FIELD_WEIGHTS.repeatCap, count - 1),
    );
  return { terms, bigrams };
}

/**
 * Inverse document frequencies from a fractional document frequency, each use counted by the square of
 * its field weight: a word in a title makes it common, a word in passing in ten bodies much less so.
 */
export function inverseFrequencies(
  docTerms: readonly Map<string, number>[],
  docCount: number,
): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const terms of docTerms) {
    for (const [term, weight] of terms) frequency.set(term, (frequency.get(term) ?? 0) + weight * weight);
  }
  const idf = new Map<string, number>();
  for (const [term, df] of frequency) idf.set(term, Math.log(1 + (docCount - df + 0.5) / (df + 0.5)));
  return idf;
}

/** term → the positions of the sections that use it, so a question only scores sections it shares a word with. */
export function postingsOf(docTerms: readonly (Map<string, number> | undefined)[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  docTerms.forEach((terms, position) => {
    if (!terms) return;
    for (const term of terms.keys()) {
      const list = postings.get(term);
      if (list) list.push(position);
      else postings.set(term, [position]);
    }
  });
  return postings;
}
