import type { Criterion } from '../guide.js';
import { stripSlackMarkup } from '../matching/slack-markup.js';
import { STOP_WORDS } from '../matching/stop-words.js';
import { stem, words } from '../matching/tokenize.js';

/** A word of the question as typed, with where it is and how matching reads it. */
interface Token {
  start: number;
  end: number;
  /** Stem as matching compares it; empty for a word matching drops (one letter). */
  stem: string;
  /** A function word, which ends the quote rather than join it. */
  stop: boolean;
}

/** How many words on each side of the keyword join the quote ("java *backend* dev"). */
const CONTEXT_WORDS = 2;
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Only spaces and hyphens may stand between quoted words; punctuation ends a phrase. */
const JOINER = /^[\s\-–]*$/;

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => {
    const [word = ''] = words(match[0]);
    return {
      start: match.index,
      end: match.index + match[0].length,
      stem: word ? stem(word) : '',
      stop: !word || STOP_WORDS.has(word),
    };
  });
}

function find(list: readonly Token[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let at = 0; at + phrase.length <= list.length; at++)
    if (phrase.every((term, offset) => list[at + offset]!.stem === term)) return at;
  return -1;
}

/**
 * The words of the question that made the recommender see `criterion` in it: the keyword as the
 * asker typed it, with up to two neighbouring content words of the same phrase, so "I'm a java
 * backend dev" is quoted as "java backend dev" rather than as the guide's "I build backend
 * applications". Undefined when no keyword occurs as typed (say, only after a spelling fix).
 */
export function quoteCue(question: string, criterion: Criterion): string | undefined {
  const text = stripSlackMarkup(question);
  const list = tokens(text);
  for (const keyword of criterion.keywords) {
    const phrase = words(keyword).map(stem);
    const at = find(list, phrase);
    if (at < 0) continue;
    let first = at;
    let last = at + phrase.length - 1;
    const joins = (a: Token, b: Token, next: Token) => !next.stop && JOINER.test(text.slice(a.end, b.start));
    while (first > 0 && at - first < CONTEXT_WORDS && joins(list[first - 1]!, list[first]!, list[first - 1]!))
      first -= 1;
    while (
      last < list.length - 1 &&
      last - (at + phrase.length - 1) < CONTEXT_WORDS &&
      joins(list[last]!, list[last + 1]!, list[last + 1]!)
    )
      last += 1;
    return text.slice(list[first]!.start, list[last]!.end);
  }
  return undefined;
}
