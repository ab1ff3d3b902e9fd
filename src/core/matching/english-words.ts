import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * SCOWL's English word list (via the `word-list` package, 274k words) kept as a table of 32-bit hashes
 * rather than a Set of strings: 2 MB instead of about 22 MB, and three times quicker to build. The table
 * has 2^19 slots, about half of them used: a lookup probes two or three slots on average. A false "yes" needs
 * a 32-bit collision between an unknown word and one of the list's words — about one in thirty thousand
 * for a word that is not in the list, and all it does is make the matcher treat a typo as English.
 */
let table: Uint32Array | undefined;

const EMPTY = 0;

function fnv1a(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // 0 marks an empty slot, so no word may hash to it.
  return hash >>> 0 || 1;
}

function build(): Uint32Array {
  const text = readFileSync(wordListPath, 'utf8');
  const built = new Uint32Array(1 << 19);
  const mask = built.length - 1;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const hash = fnv1a(text.slice(start, end));
      let slot = hash & mask;
      while (built[slot] !== EMPTY && built[slot] !== hash) slot = (slot + 1) & mask;
      built[slot] = hash;
    }
    start = end + 1;
  }
  return built;
}

/**
 * Whether a word is ordinary English: "drive" and "expert" are words, so they must not be "corrected"
 * into "driven" or "expect", and a question full of English words the guide never uses is off-topic.
 */
export function isEnglishWord(word: string): boolean {
  table ??= build();
  const hash = fnv1a(word);
  const mask = table.length - 1;
  for (let slot = hash & mask; table[slot] !== EMPTY; slot = (slot + 1) & mask) {
    if (table[slot] === hash) return true;
  }
  return false;
}

/** Builds the table now, at start-up, so that the first question a user asks is not the slow one. */
export function preloadEnglishWords(): void {
  isEnglishWord('');
}
