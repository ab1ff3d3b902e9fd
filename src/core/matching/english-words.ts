import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: ReadonlySet<string> | undefined;

/**
 * Whether a word is ordinary English (SCOWL's list, via the `word-list` package). Read once, on first use:
 * "drive" and "expert" are words, so they must not be "corrected" into "driven" or "expect".
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}
