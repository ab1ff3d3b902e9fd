import { STOP_WORDS } from '../stop-words.js';
import { stem } from '../tokenize.js';
import { TUNING } from '../tuning.js';

/**
 * The features the classifier reads from a text's words: each topic word's stem ("w:salari") and the
 * character n-grams of each word with its boundaries marked ("c:<sa", "c:ary>"), which carry what
 * stemming and spelling correction miss ("programmer" ~ "programming", "archi" ~ "architect").
 */
export function featureKeys(words: readonly string[]): string[] {
  const keys: string[] = [];
  for (const word of words) {
    if (STOP_WORDS.has(word)) continue;
    keys.push(`w:${stem(word)}`);
    const padded = `<${word}>`;
    for (const size of TUNING.classifier.charGrams)
      for (let at = 0; at + size <= padded.length; at++) keys.push(`c:${padded.slice(at, at + size)}`);
  }
  return keys;
}
