import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.js';
import { STOP_WORDS } from './stop-words.js';
import { stem } from './tokenize.js';
import { allowedEdits, TUNING } from './tuning.js';

/** Every spelling of `word` with one letter doubled or one doubled letter undoubled. */
function doublings(word: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < word.length; i++) {
    variants.push(word.slice(0, i + 1) + word.slice(i));
    if (word[i] === word[i + 1]) variants.push(word.slice(0, i) + word.slice(i + 1));
  }
  return variants;
}

/**
 * Texting spellings that are words of their own ("wat", "wit", "tak") or too short for the spelling
 * corrector to place ("shud", "abt"), and a real word slipped in for another ("difficultly"): read as the
 * word they stand for, so they neither count as a topic the guide lacks nor hide a pick ("shud i tak saa").
 */
const TEXTING: ReadonlyMap<string, string> = new Map([
  ['wat', 'what'],
  ['wot', 'what'],
  ['wut', 'what'],
  ['wit', 'with'],
  ['shud', 'should'],
  ['shld', 'should'],
  ['wud', 'would'],
  ['cud', 'could'],
  ['abt', 'about'],
  ['tak', 'take'],
  ['b4', 'before'],
  ['gud', 'good'],
  ['rly', 'really'],
  ['thx', 'thanks'],
  ['ty', 'thanks'],
  ['bcoz', 'because'],
  ['becoz', 'because'],
  ['cos', 'because'],
  ['hv', 'have'],
  ['dat', 'that'],
  ['dis', 'this'],
  ['wich', 'which'],
  ['whch', 'which'],
  ['hw', 'how'],
  ['teh', 'the'],
  ['exm', 'exam'],
  ['qs', 'questions'],
  ['qns', 'questions'],
  ['exms', 'exams'],
  ['svc', 'service'],
  ['svcs', 'services'],
  ['reqd', 'required'],
  ['mins', 'minutes'],
  // Indian English for a job title ("what designations can I target with SAA?"): "designation" stems as "design"
  // does, the architect's work.
  ['designation', 'title'],
  ['designations', 'titles'],
  // A real word typed for another ("the difficultly of SAA vs DVA"): the adverb is all but unused as written,
  // and the spelling corrector leaves words it knows alone.
  ['difficultly', 'difficulty'],
  // A word whose stem is another's: "validity" stems as "validate" does (what a certification shows), while
  // it asks how long a certification lasts ("SAA validity?", "3 yrs or 2 yrs validity").
  ['validity', 'expiry'],
]);

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every spelling one deletion, swap of neighbours or insertion away from `word`. Not a replaced letter:
 * jargon the word list lacks is one letter from some English word ("stateful", "stageful").
 */
function oneEditAway(word: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) found.add(head + tail.slice(1));
    if (tail.length > 1) found.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) found.add(head + letter + tail);
  }
  found.delete(word);
  return found;
}

/** How often the guide uses each stem, over all the words that share it. */
function stemCounts(lexicon: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [known, uses] of lexicon) counts.set(stem(known), (counts.get(stem(known)) ?? 0) + uses);
  return counts;
}

/** At most this many corrections are remembered per guide; the oldest is forgotten first. */
export const CACHE_LIMIT = 5_000;
const FUSE_OPTIONS = {
  includeScore: true,
  threshold: TUNING.spelling.fuseThreshold,
  ignoreLocation: true,
} as const;

/**
 * Corrects misspelt words against the words a guide actually uses. Fuse's bitap search proposes
 * candidates among the words that start like the misspelling (typos rarely touch the first letter,
 * and a swap of the first two is caught through the second); an edit-distance check keeps only real
 * near-misses. Ordinary English is only corrected for a doubled letter ("programing"), so "drive"
 * never becomes "driven".
 */
export class SpellingCorrector {
  private readonly byInitial = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, string>();
  /** How often the guide uses each stem (for englishNear), counted on first need. */
  private stemUses: Map<string, number> | undefined;

  /**
   * `lexicon` maps each known word to how often the guide uses it (ties go to the commoner word);
   * `isWord` tells ordinary English.
   */
  constructor(
    private readonly lexicon: ReadonlyMap<string, number>,
    private readonly isWord: (word: string) => boolean = () => false,
  ) {
    const groups = new Map<string, string[]>();
    for (const known of lexicon.keys()) groups.set(known[0]!, [...(groups.get(known[0]!) ?? []), known]);
    for (const [initial, list] of groups) this.byInitial.set(initial, new Fuse(list, FUSE_OPTIONS));
  }

  /**
   * The word meant: a texting spelling's word; else the word itself when known, a stop word, too short (or
   * the plural of one too short), or too far from anything.
   */
  correct(word: string): string {
    const texting = TEXTING.get(word);
    if (texting !== undefined) return texting;
    if (
      this.lexicon.has(word) ||
      STOP_WORDS.has(word) ||
      allowedEdits(word.length) === 0 ||
      // The plural of a word too short to correct: "DBAs", "SREs", "CTOs" are no misspelt "DVAs".
      (word.endsWith('s') && allowedEdits(word.length - 1) === 0) ||
      word.length > TUNING.spelling.longestTypo ||
      /\d/.test(word)
    ) {
      return word;
    }
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const corrected =
      (this.isWord(word) ? this.undoubled(word) : (this.nearest(word) ?? this.englishNear(word))) ?? word;
    // Questions are open-ended text, so the cache is bounded; a Map's first key is its oldest.
    if (this.cache.size >= CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(word, corrected);
    return corrected;
  }

  /** How many corrections are remembered: never more than CACHE_LIMIT. */
  get cacheSize(): number {
    return this.cache.size;
  }

  /**
   * An English word one edit away whose stem the guide uses, for a misspelling of a form the guide never
   * writes: "reccommended" is "recommended", which the guide knows as "recommend"; "credentailing" is
   * "credentialing". The commonest stem wins. Short words are left: "reqs" is no misspelt "res".
   */
  private englishNear(word: string): string | undefined {
    if (word.length < TUNING.spelling.englishNearMinLength) return undefined;
    this.stemUses ??= stemCounts(this.lexicon);
    let best: { word: string; uses: number } | undefined;
    for (const variant of oneEditAway(word)) {
      // English first: stemming every variant would fill the stem cache with non-words.
      if (!this.isWord(variant)) continue;
      const uses = this.stemUses.get(stem(variant));
      if (uses === undefined) continue;
      if (!best || uses > best.uses) best = { word: variant, uses };
    }
    return best?.word;
  }

  private undoubled(word: string): string | undefined {
    return doublings(word).find((variant) => this.lexicon.has(variant));
  }

  private nearest(word: string): string | undefined {
    const limit = allowedEdits(word.length);
    const initials = word.length >= 7 ? new Set([word[0]!, word[1]!]) : new Set([word[0]!]);
    let best: { word: string; distance: number; uses: number } | undefined;
    for (const initial of initials) {
      for (const { item } of this.byInitial
        .get(initial)
        ?.search(word, { limit: TUNING.spelling.fuseLimit }) ?? []) {
        const distance = editDistance(word, item, limit);
        if (distance > limit) continue;
        const uses = this.lexicon.get(item) ?? 0;
        if (!best || distance < best.distance || (distance === best.distance && uses > best.uses)) {
          best = { word: item, distance, uses };
        }
      }
    }
    return best?.word;
  }
}
