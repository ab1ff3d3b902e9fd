import { isEnglishWord } from './english-words.js';
import type { SpellingCorrector } from './spelling.js';
import { STOP_WORDS } from './stop-words.js';
import { stem, words } from './tokenize.js';

/** A question tokenised, corrected and stemmed once, whatever the number of guides it is matched against. */
export interface PreparedQuestion {
  /** Words as typed (lower-cased, markup stripped), at most 60. */
  raw: string[];
  corrected: string[];
  stemmed: string[];
  /** Per word: a stop word, which carries no topic. */
  stop: boolean[];
  /** Stems whose word is ordinary English (for weighing words a guide never uses). */
  englishTerms: Set<string>;
  /** The asker talks about themselves ("I", "me", "my"). */
  selfReference: boolean;
  /** The question asks for a pick in words ("which", "best", "should", "recommend"). */
  pickCue: boolean;
  /** It sets things against each other ("or", "vs"). */
  alternatives: boolean;
}

/** "I", "I'm", "me", "my": checked on the raw text, since one-letter words are dropped from `words`. */
const SELF = /(^|[^\p{L}])(i|i['’]?m|i['’]?ve|i['’]?d|me|my|myself)(?![\p{L}])/iu;
const PICK = new Set([
  'which',
  'best',
  'should',
  'recommend',
  'fit',
  'fits',
  'suit',
  'suits',
  'right',
  'better',
  'choose',
  'pick',
]);
/** Long messages are cut: a question is in its first words, and matching stays cheap on a pasted log. */
const MAX_CHARS = 2_000;
const MAX_WORDS = 60;

/** Tokenises, corrects typos (with the given corrector) and stems a question. */
export function prepareQuestion(question: string, corrector: SpellingCorrector): PreparedQuestion {
  const text = question.slice(0, MAX_CHARS);
  const raw = words(text).slice(0, MAX_WORDS);
  const corrected = raw.map((word) => corrector.correct(word));
  const stemmed = corrected.map(stem);
  return {
    raw,
    corrected,
    stemmed,
    stop: stemmed.map((term, i) => STOP_WORDS.has(corrected[i]!) || STOP_WORDS.has(term)),
    englishTerms: new Set(stemmed.filter((_, i) => isEnglishWord(corrected[i]!))),
    selfReference: SELF.test(text),
    pickCue: raw.some((word) => PICK.has(word)),
    alternatives: raw.some((word) => word === 'or' || word === 'vs'),
  };
}
