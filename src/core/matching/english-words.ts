import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: ReadonlySet<string> | undefined;

/**
 * Whether a word is ordinary English (SCOWL's list, via the `word-list` package): "drive" and "expert"
 * are words, so they must not be "corrected" into "driven" or "expect". Read once (about 150 ms).
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}

/** Reads the list now, at start-up, so that the first question a user asks is not the slow one. */
export function preloadEnglishWords(): void {
  isEnglishWord('');
}
