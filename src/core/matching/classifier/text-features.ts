import { STOP_WORDS } from '../stop-words.js';
import { stem } from '../tokenize.js';
import { TUNING } from '../tuning.js';
import { startsAt } from '../word-sequences.js';

/** A phrase of the guide's vocabulary ("pay", "take home") as stems, and the canonical term it stands for. */
export interface Synonym {
  stems: readonly string[];
  term: string;
}

/** The guide's vocabulary phrases grouped by their first stem (as the matcher keeps them). */
export type Synonyms = ReadonlyMap<string, readonly Synonym[]>;

/**
 * The features the classifier reads from a text's words: each topic word's stem ("w:salari"), the
 * character n-grams of each word with its boundaries marked ("c:<sa", "c:ary>"), which carry what
 * stemming and spelling correction miss ("programmer" ~ "programming", "archi" ~ "architect"), and
 * the canonical term of each vocabulary phrase in the text ("v:salari" for "take home"): the synonyms
 * the guide lists, so that a word used by no training text still counts as the term it stands for.
 */
export function featureKeys(words: readonly string[], synonyms?: Synonyms): string[] {
  const stems = words.map(stem);
  const keys: string[] = synonyms ? synonymKeys(stems, synonyms) : [];
  for (const [i, word] of words.entries()) {
    if (STOP_WORDS.has(word)) continue;
    keys.push(`w:${stems[i]}`);
    const padded = `<${word}>`;
    for (const size of TUNING.classifier.charGrams)
      for (let at = 0; at + size <= padded.length; at++) keys.push(`c:${padded.slice(at, at + size)}`);
  }
  return keys;
}

/** A `v:` key for every place a vocabulary phrase occurs (a phrase said twice counts twice). */
function synonymKeys(stems: readonly string[], synonyms: Synonyms): string[] {
  const keys: string[] = [];
  stems.forEach((first, at) => {
    for (const { stems: phrase, term } of synonyms.get(first) ?? [])
      if (startsAt(stems, phrase, at)) keys.push(`v:${term}`);
  });
  return keys;
}
