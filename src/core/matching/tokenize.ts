import { stemmer } from 'stemmer';
import { stripSlackMarkup } from './slack-markup.js';

const WORD = /[\p{L}\p{N}]+/gu;
/** Any character beyond ASCII (an astral one is two code units, both in this range). */
const NON_ASCII = /[\u0080-\uffff]/;
/** Money written in symbols ("$$$ sa vs dev?", "which one 💰"): the word it stands for. */
const MONEY = /[$€£]{2,}|[💰💸🤑💵]/gu;
/** A share written with its sign ("~20% of the SAA", "what % of the DVA"): the word, as "what percent" is. */
const PERCENT = /%/gu;

/**
 * An arrow: "SAA -> what roles?", "cloud eng → SA → ???", "saa → dva or dva → saa". Every repeat is bounded, so
 * a pasted log of dashes or spaces costs no more than its length.
 */
const ARROW = '(?:→|⟶|⇒|➡️?|-{1,3}>|=>)';
/**
 * Two orders offered ("saa → dva or dva → saa?", "SA -> dev or dev -> SA"): each arrow is a sequence, read
 * as "then". An arrow alone stays a mark ("SAA -> what roles?" asks where the SAA leads, not what comes next).
 */
const TWO_ORDERS = new RegExp(
  String.raw`[\p{L}\p{N}] {0,2}${ARROW} {0,2}[\p{L}\p{N}][^?.!\n]{0,40}?\bor\b[^?.!\n]{0,40}?[\p{L}\p{N}] {0,2}${ARROW} {0,2}[\p{L}\p{N}]`,
  'u',
);
const ARROWS = new RegExp(ARROW, 'gu');
/** Chat shorthand with a slash, as the words it stands for: "who do SAs work w/", "w/o any coding", "b/c". */
const SLASHED: readonly (readonly [RegExp, string])[] = [
  [/(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/gu, ' without '],
  // Not "w/e" (whatever).
  [/(?<![\p{L}\p{N}])w\/(?!e(?![\p{L}\p{N}]))/gu, ' with '],
  [/(?<![\p{L}\p{N}])b\/c(?![\p{L}\p{N}])/gu, ' because '],
];
/** A character every arrow of ARROW has. */
const ARROW_END = /[→⟶⇒➡>]/u;

/**
 * Lower-cased words of a text, after Slack markup is stripped, accents folded, money symbols read as
 * "money", "%" as "percent", arrows as "then" and slashed shorthand as its words ("w/" as "with"). Drops
 * one-letter words.
 */
export function words(text: string): string[] {
  const plain = stripSlackMarkup(text);
  // Plain ASCII has nothing to decompose and no accents to fold (most questions, and every call on a part of one).
  const unaccented = NON_ASCII.test(plain) ? plain.normalize('NFKD').replace(/\p{M}+/gu, '') : plain;
  const folded = unaccented
    .replace(/['’]/g, '')
    .replace(MONEY, ' money ')
    .replace(PERCENT, ' percent ')
    .toLowerCase();
  // Most texts have no arrow at all: a plain scan for one of its characters first (tokenising the guide reads
  // every text of it through here).
  let read = ARROW_END.test(folded) && TWO_ORDERS.test(folded) ? folded.replace(ARROWS, ' then ') : folded;
  if (read.includes('/')) for (const [shorthand, meant] of SLASHED) read = read.replace(shorthand, meant);
  return (read.match(WORD) ?? []).filter((word) => word.length > 1 || /\d/.test(word));
}

const stemCache = new Map<string, string>();
/** At most this many stems are remembered; the oldest is forgotten first. */
export const STEM_CACHE_LIMIT = 20_000;

/** Porter stem of one lower-case word, cached: the same few hundred words recur in every question. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = word.length > 40 ? word : stemmer(word);
    // Questions bring any word at all, so the cache is bounded; a Map's first key is its oldest.
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.delete(stemCache.keys().next().value!);
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

/** How many stems are remembered: never more than STEM_CACHE_LIMIT. */
export function stemCacheSize(): number {
  return stemCache.size;
}
