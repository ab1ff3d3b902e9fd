import { words } from './tokenize.js';

const INTERROGATIVE = new Set([
  'what',
  'whats',
  'which',
  'how',
  'hows',
  'why',
  'when',
  'where',
  'who',
  'whos',
  'is',
  'are',
  'do',
  'does',
  'did',
  'can',
  'could',
  'should',
  'would',
  'will',
  'shall',
  'any',
  'anyone',
  'anybody',
  'has',
  'have',
  'was',
  'were',
  'isnt',
  'arent',
  'whom',
]);
/** Requests read as questions too: "tell me about…", "explain…", "help me pick…". */
const REQUEST = new Set([
  'tell',
  'explain',
  'describe',
  'show',
  'help',
  'compare',
  'list',
  'give',
  'recommend',
  'summarize',
  'summarise',
  'eli5',
]);
const LEAD_IN = new Set([
  'so',
  'ok',
  'okay',
  'hey',
  'hi',
  'quick',
  'question',
  'q',
  'team',
  'folks',
  'all',
  'guys',
  'and',
  'but',
  'also',
  'btw',
  'um',
  'hmm',
  'well',
  'tbh',
  'ngl',
  'honestly',
  'imo',
  'pls',
  'please',
  'certpath',
  'actually',
  'then',
  'now',
  'real',
  'talk',
]);

/**
 * A channel message asks something: a question mark, or a clause that opens like a question or a
 * request ("SA or DVA, what sets them apart", "tell me about the architect cert").
 */
export function looksLikeQuestion(text: string): boolean {
  if (text.includes('?')) return true;
  return text.split(/[,:;.!…]|\s[-–—]\s/).some((clause) => {
    const first = words(clause).find((word) => !LEAD_IN.has(word));
    return first !== undefined && (INTERROGATIVE.has(first) || REQUEST.has(first));
  });
}
