import type { Criterion, UncoveredTopic } from '../guide.js';
import { isEnglishWord } from './english-words.js';
import type { GuideIndex } from './guide-index.js';
import { STOP_WORDS } from './stop-words.js';
import { stem, words } from './tokenize.js';

/** A question as one guide sees it: its topic terms, the phrases between them, and who the asker says they are. */
export interface AnalyzedQuestion {
  /** Content terms (stems), vocabulary words replaced by their canonical term. */
  terms: string[];
  bigrams: string[];
  /** Recommender statements or roles the asker described themselves with. */
  criteria: Criterion[];
  /** The question names this guide's subject (a side, an exam code, the guide's own words). */
  anchored: boolean;
  /** Roles named as the asker's ("for a sysadmin", "as a DevOps engineer", "backend eng here"). */
  introducedRoles: Criterion[];
  /** Terms whose word is ordinary English (for weighing words the guide never uses). */
  englishTerms: Set<string>;
  /** Topics the guide does not cover whose keywords the question uses ("exam price"). */
  uncovered: UncoveredTopic[];
  /** How many of the question's topic words the guide never uses. */
  unknownWords: number;
  /** The asker talks about themselves ("I", "me", "my"). */
  selfReference: boolean;
  /** The question asks for a pick in words ("which", "best", "should", "recommend"). */
  pickCue: boolean;
  /** …or by naming both sides as alternatives ("architect or developer?"). */
  choiceCue: boolean;
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

/** Corrects typos, expands vocabulary and finds persona cues, for one guide's index. */
export function analyzeQuestion(index: GuideIndex, question: string): AnalyzedQuestion {
  const raw = words(question.slice(0, 2_000)).slice(0, 60);
  const corrected = raw.map((word) => index.corrector.correct(word));
  const stemmed = corrected.map(stem);
  const consumed = new Array<boolean>(stemmed.length).fill(false);
  const canonical: string[] = [];
  const present = new Set(stemmed);
  // Longest phrases first (the index keeps them sorted), so "solutions architect associate" wins over "associate".
  for (const phrase of index.phrases) {
    if (!present.has(phrase.stems[0]!)) continue;
    for (
      let at = indexOf(stemmed, phrase.stems, consumed);
      at >= 0;
      at = indexOf(stemmed, phrase.stems, consumed)
    ) {
      phrase.stems.forEach((_, offset) => {
        consumed[at + offset] = true;
      });
      canonical.push(phrase.term);
    }
  }
  const isStop = (i: number) => STOP_WORDS.has(corrected[i]!) || STOP_WORDS.has(stemmed[i]!);
  const meaningful = stemmed.filter((_, i) => !isStop(i));
  const content = stemmed.filter((_, i) => !consumed[i] && !isStop(i));
  const terms = [...new Set([...content, ...canonical])];
  // Phrases count only between topic words: "architect certification" is in every section.
  const topical = (term: string) => !index.sideTerms.has(term) && !index.generalTerms.has(term);
  const bigrams = stemmed
    .filter((_, i) => !isStop(i))
    .flatMap((term, i, list) =>
      i > 0 && topical(term) && topical(list[i - 1]!) ? [`${list[i - 1]} ${term}`] : [],
    );
  const sidesNamed = new Set(terms.map((term) => index.sideTerms.get(term)).filter(Boolean)).size;
  return {
    terms,
    bigrams,
    criteria: index.criteria
      .filter(({ phrases }) => phrases.some((phrase) => indexOf(stemmed, phrase) >= 0))
      .map(({ criterion }) => criterion),
    introducedRoles: index.criteria
      .filter(
        ({ criterion, phrases }) =>
          criterion.kind === 'role' && phrases.some((phrase) => isIntroduced(stemmed, phrase)),
      )
      .map(({ criterion }) => criterion),
    englishTerms: new Set(stemmed.filter((_, i) => isEnglishWord(corrected[i]!))),
    uncovered: index.docs.flatMap((doc) =>
      doc.kind === 'uncovered' &&
      doc.phrases.some((phrase) =>
        phrase.exact ? indexOf(stemmed, phrase.stems) >= 0 : occursNear(meaningful, phrase.stems),
      )
        ? [doc.topic]
        : [],
    ),
    anchored: [...stemmed, ...canonical].some((term) => index.anchors.has(term)),
    unknownWords: content.filter(
      (term) => !index.idf.has(term) && !index.sideTerms.has(term) && !index.generalTerms.has(term),
    ).length,
    selfReference: SELF.test(question),
    pickCue: raw.some((word) => PICK.has(word)),
    // "architect or developer?" asks for a pick as plainly as "which one".
    choiceCue:
      raw.some((word) => PICK.has(word)) ||
      (sidesNamed > 1 && raw.some((word) => word === 'or' || word === 'vs')),
  };
}

const ROLE_BEFORE = new Set(['for', 'as', 'an', 'am', 'im']);
const ROLE_AFTER = new Set(['here', 'speaking']);

/** A role phrase introduced as someone's role: "for/as (a) <role>" or "<role> here". */
function isIntroduced(stemmed: readonly string[], phrase: readonly string[]): boolean {
  const at = indexOf(stemmed, phrase);
  if (at < 0) return false;
  const before = stemmed.slice(Math.max(0, at - 2), at);
  return before.some((word) => ROLE_BEFORE.has(word)) || ROLE_AFTER.has(stemmed[at + phrase.length] ?? '');
}

/** Words that may stand between two words of an uncovered keyword. */
const UNCOVERED_GAP = 3;

/** Whether `needle` occurs in `haystack` in order, each word at most UNCOVERED_GAP words after the previous. */
function occursNear(haystack: readonly string[], needle: readonly string[]): boolean {
  return haystack.some((word, start) => {
    if (word !== needle[0]) return false;
    let at = start;
    for (const next of needle.slice(1)) {
      const found = haystack.slice(at + 1, at + 2 + UNCOVERED_GAP).indexOf(next);
      if (found < 0) return false;
      at += found + 1;
    }
    return true;
  });
}

/** Where `needle` starts in `haystack` as a contiguous run of not-yet-consumed words, or -1. */
function indexOf(
  haystack: readonly string[],
  needle: readonly string[],
  consumed?: readonly boolean[],
): number {
  if (needle.length === 0) return -1;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let k = 0; k < needle.length; k++) {
      if (haystack[start + k] !== needle[k] || consumed?.[start + k]) continue outer;
    }
    return start;
  }
  return -1;
}
