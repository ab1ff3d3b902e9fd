import { isEnglishWord } from './english-words.js';
import { stripSlackMarkup } from './slack-markup.js';
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
  /**
   * Per word: it describes the asker rather than the topic — the clause after "for someone who", "as a
   * person with"… ("is dva harder than saa for someone who codes all day"). Persona cues are read there;
   * topic words are not.
   */
  aside: boolean[];
  /**
   * Per word: it stands in a clause where the asker describes themselves ("I'm a network admin", "5 years
   * in IT support", "full stack dev here") rather than the clause that asks.
   */
  selfClause: boolean[];
  /** The asker gives a background ("5 years in IT support", "my background is…", "for someone who…"). */
  background: boolean;
  /** The question asks for a pick in words ("which", "best", "should", "recommend"). */
  pickCue: boolean;
  /** It does so outside the clauses where the asker describes themselves. */
  askingPick: boolean;
  /**
   * Per word: it stands in a sentence that asks (ends in "?"). In "Can someone ELI5 the difference
   * between SAA and DVA? Every thread I read assumes I know", the second sentence is context. When no
   * sentence ends in "?", or there is one sentence, every word is in the question.
   */
  inQuestion: boolean[];
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
  'recommendation',
  'recommendations',
  'suggestion',
  'suggestions',
]);
/** Opens a clause about the asker: "for someone who", "for a person with", "as somebody who". */
const ASIDE_OPENERS = [
  ['for', 'someone'],
  ['for', 'somebody'],
  ['for', 'anyone'],
  ['for', 'people'],
  ['for', 'a', 'person'],
  ['as', 'someone'],
  ['as', 'somebody'],
  ['if', 'you'],
  ['if', 'youre'],
];
/** Words that end such a clause: a new question starts. */
const ASIDE_END = new Set([
  'which',
  'what',
  'should',
  'is',
  'are',
  'does',
  'do',
  'how',
  'would',
  'will',
  'but',
]);
/** "5 years in…", "3 yrs of…", "my background", "experience in/with": the asker describes themselves. */
const BACKGROUND =
  /\b\d+\+?\s*(years?|yrs?|months?)\b|\bbackground\b|\bexperience (in|with)\b|\bworked (in|as|on)\b/i;

/**
 * Words for whom a pick is asked: "saa or dva for *me*", "… for a backend *person*", "… for a java *dev*".
 * Not "beginners" or "students": being new is what the learning path is about, a topic, not an aside.
 */
const PERSONS = new Set([
  'me',
  'us',
  'someone',
  'somebody',
  'anyone',
  'person',
  'people',
  'guy',
  'dev',
  'devs',
  'developer',
  'developers',
  'engineer',
  'engineers',
  'programmer',
  'coder',
  'admin',
  'sysadmin',
  'analyst',
  'tester',
  'manager',
  'team',
]);

/** Words after "developer" that make it the certification, not a person: "for the developer *cert*". */
const CREDENTIAL_NOUNS = new Set([
  'cert',
  'certs',
  'certification',
  'exam',
  'associate',
  'one',
  'test',
  'path',
]);

/**
 * "for" followed, within three words, by someone the pick is for: "for a java dev", not "for the
 * developer cert" (one-letter words such as "a" are not in `raw`).
 */
function forAPerson(raw: readonly string[], at: number): boolean {
  for (let k = at + 1; k < Math.min(raw.length, at + 4); k++) {
    if (raw[k] === 'the') return false;
    if (PERSONS.has(raw[k]!)) return !CREDENTIAL_NOUNS.has(raw[k + 1] ?? '');
  }
  return false;
}

/** Long messages are cut: a question is in its first words, and matching stays cheap on a pasted log. */
const MAX_CHARS = 2_000;
const MAX_WORDS = 60;

/** Tokenises, corrects typos (with the given corrector) and stems a question. */
export function prepareQuestion(question: string, corrector: SpellingCorrector): PreparedQuestion {
  const text = question.slice(0, MAX_CHARS);
  const all = words(text);
  const raw = all.slice(0, MAX_WORDS);
  const corrected = raw.map((word) => corrector.correct(word));
  const stemmed = corrected.map(stem);
  const selfClause = selfClauseWords(text, all.length, raw.length);
  // "saa or dva for me?" asks for a pick as plainly as "which one?" ("is it a problem for me" does not).
  const alternatives = raw.some((word) => word === 'or' || word === 'vs');
  const pickAt = raw.map(
    (word, i) => PICK.has(word) || (alternatives && word === 'for' && forAPerson(raw, i)),
  );
  return {
    raw,
    corrected,
    stemmed,
    stop: stemmed.map((term, i) => STOP_WORDS.has(corrected[i]!) || STOP_WORDS.has(term)),
    englishTerms: new Set(stemmed.filter((_, i) => isEnglishWord(corrected[i]!))),
    selfReference: SELF.test(text),
    aside: asideWords(raw),
    selfClause,
    background: BACKGROUND.test(text),
    pickCue: pickAt.some(Boolean),
    askingPick: pickAt.some((pick, i) => pick && !selfClause[i]),
    inQuestion: questionWords(text, all.length, raw.length),
    alternatives,
  };
}

/** A clause opening with the asker ("I'm…", "I've…", "my…") or giving a background, or ending in "here". */
const SELF_CLAUSE = /^\s*(i|i['’]?m|i['’]?ve|i['’]?d|my|me|currently|been)(?![\p{L}])|(^|\s)here\s*$/iu;
/** A clause opening like a question: it asks, whatever came before it. */
const ASKING_CLAUSE =
  /^\s*(which|what|whats|how|should|shall|is|are|can|could|do|does|did|will|would|where|when|why|who|any|or)(?![\p{L}])/iu;
/** Clause ends, kept by the split (the capture) so that a clause ending in "?" is known to ask. */
const CLAUSE_END = /([,.;:!?\n]+|\s[-–—]\s)/;

/**
 * Marks the words of the clauses in which the asker describes themselves (see `selfClause`); a clause
 * that goes on from such a description without asking ("…, mostly serverless lately") belongs to it.
 */
function selfClauseWords(text: string, total: number, count: number): boolean[] {
  const marks: boolean[] = [];
  const parts = stripSlackMarkup(text).split(CLAUSE_END);
  let previousSelf: boolean = false;
  for (let at = 0; at < parts.length; at += 2) {
    const clause = parts[at]!;
    const asks = ASKING_CLAUSE.test(clause) || (parts[at + 1] ?? '').includes('?');
    const describes: boolean =
      SELF_CLAUSE.test(clause) || BACKGROUND.test(clause) || (previousSelf && !asks && clause.trim() !== '');
    const clauseWords = words(clause).length;
    for (let k = clauseWords; k > 0; k--) marks.push(describes);
    if (clauseWords > 0) previousSelf = describes;
  }
  // Should splitting ever count words differently from the whole text, nothing is marked.
  return marks.length === total ? marks.slice(0, count) : new Array<boolean>(count).fill(false);
}

const SENTENCE_END = /([.!?\n]+)/;

/** Marks the words of the sentences that end in "?" (see `inQuestion`). */
function questionWords(text: string, total: number, count: number): boolean[] {
  const parts = stripSlackMarkup(text).split(SENTENCE_END);
  const marks: boolean[] = [];
  let sentences = 0;
  for (let at = 0; at < parts.length; at += 2) {
    const n = words(parts[at]!).length;
    if (n > 0) sentences += 1;
    const asks = (parts[at + 1] ?? '').includes('?');
    for (let k = n; k > 0; k--) marks.push(asks);
  }
  const ok = marks.length === total;
  return ok && sentences > 1 && marks.some(Boolean)
    ? marks.slice(0, count)
    : new Array<boolean>(count).fill(true);
}

/** Marks the words of clauses that describe the asker, from an opener to the next question word or stop. */
function asideWords(raw: readonly string[]): boolean[] {
  const aside = new Array<boolean>(raw.length).fill(false);
  for (let at = 0; at < raw.length; at++) {
    // One-letter words ("a") are not in `raw`, so openers are matched without them.
    const opens =
      ASIDE_OPENERS.some((words) =>
        matchesAt(
          raw,
          at,
          words.filter((word) => word.length > 1),
        ),
      ) ||
      (raw[at] === 'for' && forAPerson(raw, at) && raw[at + 1] !== 'me' && raw[at + 1] !== 'us');
    if (!opens) continue;
    for (let k = at; k < raw.length && (k === at || !ASIDE_END.has(raw[k]!)); k++) aside[k] = true;
  }
  return aside;
}

function matchesAt(list: readonly string[], at: number, words: readonly string[]): boolean {
  return words.every((word, k) => list[at + k] === word);
}
