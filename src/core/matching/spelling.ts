import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.js';
import { STOP_WORDS } from './stop-words.js';

/** How many edits a word of this length may be from the word meant. */
function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

/** "programing" → "programming", "codding" → "coding": a doubled or undoubled letter is the one slip real words get. */
function isDoubling(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short)
      return long[i] === long[i - 1] || long[i] === long[i + 1];
  }
  return false;
}

const CACHE_LIMIT = 5_000;

/**
 * Corrects misspelt words against the words a guide actually uses. Fuse's bitap search proposes
 * candidates cheaply; an edit-distance check keeps only real near-misses, so "drive" may become
 * "driven" but "deploy" never becomes "developer".
 */
export class SpellingCorrector {
  private readonly known: ReadonlySet<string>;
  private readonly fuse: Fuse<string>;
  private readonly cache = new Map<string, string>();

  /**
   * `lexicon` maps each known word to how often the guide uses it (ties go to the commoner word);
   * `isWord` tells ordinary English, which is only corrected for a doubled letter.
   */
  constructor(
    private readonly lexicon: ReadonlyMap<string, number>,
    private readonly isWord: (word: string) => boolean = () => false,
  ) {
    this.known = new Set(lexicon.keys());
    this.fuse = new Fuse([...lexicon.keys()], { includeScore: true, threshold: 0.45, ignoreLocation: true });
  }

  /** The word meant: the word itself when known, a stop word, too short, or too far from anything. */
  correct(word: string): string {
    if (this.known.has(word) || STOP_WORDS.has(word) || allowedEdits(word.length) === 0 || /\d/.test(word))
      return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const corrected = this.bestCandidate(word) ?? word;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, corrected);
    return corrected;
  }

  private bestCandidate(word: string): string | undefined {
    const limit = allowedEdits(word.length);
    const english = this.isWord(word);
    let best: { word: string; distance: number; uses: number } | undefined;
    for (const { item } of this.fuse.search(word, { limit: 12 })) {
      if ((word.length < 7 && item[0] !== word[0]) || (english && !isDoubling(word, item))) continue;
      const distance = editDistance(word, item, limit);
      if (distance > limit) continue;
      const uses = this.lexicon.get(item) ?? 0;
      if (!best || distance < best.distance || (distance === best.distance && uses > best.uses)) {
        best = { word: item, distance, uses };
      }
    }
    return best?.word;
  }
}
