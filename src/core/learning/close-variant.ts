import { editDistance } from '../matching/edit-distance.js';
import { STOP_WORDS } from '../matching/stop-words.js';
import { stem } from '../matching/tokenize.js';

/** A normalised question, prepared once for comparisons. */
export interface PreparedPhrase {
  words: string[];
  stems: string[];
  /** Stems of the words that carry a topic (not stop words). */
  content: Set<string>;
}

export function preparePhrase(normalized: string): PreparedPhrase {
  const words = normalized === '' ? [] : normalized.split(' ');
  const stems = words.map(stem);
  const content = new Set(stems.filter((_, i) => !STOP_WORDS.has(words[i]!)));
  return { words, stems, content };
}

/** How alike two word lists are, 0 to 1 (Sørensen–Dice over the stems). */
function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const s of a) counts.set(s, (counts.get(s) ?? 0) + 1);
  let shared = 0;
  for (const s of b) {
    const left = counts.get(s) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(s, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((s) => b.has(s));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && subset(a, b);

/** Same words in the same places, but for at most two typos of one edit each in words of 5+ letters. */
function typosOnly(a: PreparedPhrase, b: PreparedPhrase): boolean {
  if (a.words.length !== b.words.length) return false;
  let typos = 0;
  for (let i = 0; i < a.words.length; i++) {
    const x = a.words[i]!;
    const y = b.words[i]!;
    if (x === y) continue;
    if (x.length < 5 || y.length < 5 || editDistance(x, y, 1) > 1) return false;
    typos += 1;
  }
  return typos <= 2;
}

/**
 * Whether a question is a close variant of a taught one: the same topic words in another order or
 * inflection ("which pays more" / "what pays more?"), a few words more or fewer around the same topic
 * words ("which one earns more money"), or a typo or two. A different topic word ("architect" for
 * "developer") is never close.
 */
export function isCloseVariant(question: PreparedPhrase, taught: PreparedPhrase): boolean {
  if (question.content.size > 0 && sameSet(question.content, taught.content)) return true;
  const nested = subset(question.content, taught.content) || subset(taught.content, question.content);
  if (
    nested &&
    question.content.size > 0 &&
    taught.content.size > 0 &&
    dice(question.stems, taught.stems) >= 0.8
  )
    return true;
  return typosOnly(question, taught);
}
