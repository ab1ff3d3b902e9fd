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
/** An auxiliary before its subject asks: "*should i* do DVA next", "*am i* doing it backwards". */
const INVERTED = /\S\s+(should|can|could|would|do|does|am|will|shall)\s+(i|we)\s+\p{L}/iu;
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
    const all = words(clause);
    const first = all.find((word) => !LEAD_IN.has(word));
    if (first !== undefined && (INTERROGATIVE.has(first) || REQUEST.has(first))) return true;
    // A question that lost its punctuation mid-clause: "just passed SAA last week 🎉 should i do DVA next".
    return INVERTED.test(clause);
  });
}
