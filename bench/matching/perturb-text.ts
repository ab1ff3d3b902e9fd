/** A small seeded generator (mulberry32): the same scale always yields the same content. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Words of four letters or more; shorter ones and markup are left alone. */
const WORD = /\p{L}{4,}/gu;

/**
 * Rewrites about `rate` of the longer words with one slip each (two interior letters swapped, or one
 * replaced), keeping every length: a copy reads like its original with a different vocabulary, and
 * no field outgrows the limits the content schema sets.
 */
export function perturbText(text: string, random: () => number, rate = 0.2): string {
  return text.replace(WORD, (word) => (random() < rate ? slip(word, random) : word));
}

function slip(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const chars = [...word];
  if (random() < 0.4 && at + 1 < chars.length - 1) {
    [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  } else {
    chars[at] = LETTERS[Math.floor(random() * LETTERS.length)]!;
  }
  return chars.join('');
}
