import type { Criterion, Guide } from '../guide.js';
import { isEnglishWord } from './english-words.js';
import { STOP_WORDS } from './stop-words.js';
import { stem, words } from './tokenize.js';

/**
 * An uncovered topic's keyword as topic words in order. It matches when they occur in that order with at
 * most a few words between them ("how long is the exam" also catches "how long is the developer exam"),
 * so "exam … cost optimization" far apart is not "exam cost".
 */
export interface UncoveredPhrase {
  stems: string[];
  /** Must occur exactly as written (a keyword without a topic word of its own). */
  exact: boolean;
  /** Must end its sentence too (a quoted keyword ending in "?": "how much is it?"). */
  endsSentence?: true;
}

/** A recommender statement or role with its keywords as stem sequences. */
export interface CriterionCue {
  criterion: Criterion;
  phrases: string[][];
  /** A stem of each phrase (keyStems): a question with none of them cannot match, and is not scanned. */
  starts: Set<string>;
}

/**
 * One stem of each phrase a question must contain for the phrase to occur in it: its first word that is
 * not a function word ("week" for "in two weeks"), so that the many questions with "in" or "how" in them
 * skip the phrase without a scan.
 */
export function keyStems(phrases: readonly (readonly string[])[]): Set<string> {
  return new Set(phrases.flatMap((phrase) => (phrase.length > 0 ? [keyStem(phrase)] : [])));
}

/** The stem `keyStems` keeps for one phrase (of at least one word). */
export function keyStem(phrase: readonly string[]): string {
  return phrase.find((term) => !STOP_WORDS.has(term)) ?? phrase[0]!;
}

/** The words that ask for a thing named right after them: "*what* skills…", "*which* jobs…". */
export const WH_NAMING: ReadonlySet<string> = new Set(['what', 'whats', 'which']);
/** Words that may stand between such a word and the thing it asks for: "what *kind of* skills", "which *other* jobs". */
const KIND_OF: ReadonlySet<string> = new Set([
  'kind',
  'kinds',
  'type',
  'types',
  'sort',
  'sorts',
  'of',
  'other',
  'main',
  'core',
  'key',
]);

/** How many words may stand between a "what" or "which" and the thing it asks for ("what *kind of AWS* skills"). */
const BEFORE_THE_THING = 3;

/** Whether a word may stand between a "what" or "which" and the thing it asks for: a kind-of word or a general term. */
function standsBetween(word: string, stemmed: string, general: ReadonlySet<string>): boolean {
  return KIND_OF.has(word) || general.has(stemmed);
}

/**
 * Where the "what" or "which" stands that asks for the word at `at` ("*what* kind of AWS skills"), with at most
 * BEFORE_THE_THING kind-of words or general terms between (`general` holds the guide's general terms' stems,
 * `stems` the words'); -1 when none does. Read the same way in the guide's titles and in a question.
 */
export function whBefore(
  words: readonly string[],
  stems: readonly string[],
  general: ReadonlySet<string>,
  at: number,
): number {
  let i = at - 1;
  while (i >= 0 && at - 1 - i < BEFORE_THE_THING && standsBetween(words[i]!, stems[i] ?? '', general)) i--;
  return i >= 0 && WH_NAMING.has(words[i]!) ? i : -1;
}

/**
 * The things the guide's section titles ask for by their "what" or "which", as vocabulary terms, each with the
 * section whose title asks for it: "Which *skills* does each path need?", "Which AWS *services*…", "What kind of
 * *questions*…". A title that asks of a credential ("Which exam is harder?") asks for none.
 */
export function thingsTitlesAsk(
  guide: Guide,
  general: ReadonlySet<string>,
  canonical: ReadonlyMap<string, string>,
): Map<string, string> {
  const things = new Map<string, string>();
  for (const { id, title } of guide.sections) {
    const list = words(title);
    const stems = list.map(stem);
    const at = list.findIndex((word, i) => i > 0 && !standsBetween(word, stems[i]!, general));
    const thing = list[at];
    if (thing === undefined || STOP_WORDS.has(thing) || whBefore(list, stems, general, at) !== 0) continue;
    const term = canonical.get(stems[at]!) ?? stems[at]!;
    if (!things.has(term)) things.set(term, id);
  }
  return things;
}

/** The stems of a guide's side ids and general terms: words that alone point at no section. */
export function broadTerms(guide: Guide): Set<string> {
  return new Set(
    [...guide.sides.map((side) => side.id), ...guide.generalTerms].flatMap((term) => words(term).map(stem)),
  );
}

/**
 * Words that only hold the place of what a question names ("how much does *it* cost", "how much is *the*
 * exam", "how much is *an* exam"): exact keywords are matched without them, so "how much does SAA cost" is "how
 * much does it cost".
 */
export const PLACEHOLDERS: ReadonlySet<string> = new Set(
  ['it', 'the', 'an', 'this', 'that', 'these', 'those'].map((word) => stem(word)),
);

/** A keyword written in double quotes. */
const QUOTED = /^"[^"]+"$/;
/** A quoted keyword that ends its sentence: `"how much is it?"`. */
const ENDS_A_SENTENCE = /\?"$/;

export function uncoveredPhrase(
  keyword: string,
  broad: ReadonlySet<string>,
  brands: ReadonlySet<string>,
): UncoveredPhrase {
  const list = words(keyword);
  const all = list.map(stem);
  // Read as written, a keyword reads past the words that hold a place and the brand, as a question does
  // ("is there an AWS cert for…" is "is there a cert for…"; see uncoveredTopics), unless nothing is left.
  const asWritten = () => {
    const held = all.filter((term) => !PLACEHOLDERS.has(term));
    const past = held.filter((term) => !brands.has(term));
    return past.length > 0 ? past : held;
  };
  // A keyword in double quotes ("how many minutes") is matched as written, function words and all: its one
  // topic word alone would also catch "… in five minutes". One that ends in "?" inside its quotes ("how much
  // is it?") must end its sentence too: "how much is the SAA" asks a price, "how much is actually needed for
  // the dev cert" does not.
  if (QUOTED.test(keyword.trim()))
    return {
      stems: asWritten(),
      exact: true,
      ...(ENDS_A_SENTENCE.test(keyword.trim()) && { endsSentence: true }),
    };
  // A function word is one as written or as stemmed ("does" → "doe"), as in a question (prepare-question.ts).
  const content = all.filter((term, i) => !STOP_WORDS.has(term) && !STOP_WORDS.has(list[i]!));
  // A keyword with no topic word of its own ("how much is the exam") keeps every word, function words
  // included, and must then occur as written: otherwise any question about the exam would match it.
  // So does a phrase that comes down to one word ("cut-off", "from home", "lots of openings"): that word
  // alone ("cut", "home", "openings") says much less than the phrase the author wrote.
  const exact = !content.some((term) => !broad.has(term)) || (content.length === 1 && all.length > 1);
  return { stems: exact ? asWritten() : content, exact };
}

/** The recommender's statements and roles that point to a side, with their keywords as stems. */
export function recommenderCriteria(guide: Guide): CriterionCue[] {
  const recommender = guide.sections.find((section) => section.recommender)?.recommender;
  if (!recommender) return [];
  return [...recommender.statements, ...recommender.roles]
    .filter((criterion) => criterion.side)
    .map((criterion) => {
      const phrases = criterion.keywords.map((keyword) => words(keyword).map(stem));
      return { criterion, phrases, starts: keyStems(phrases) };
    });
}

/** Words that show a message is about this guide at all: its title, general terms, and sides' ids, labels and codes. */
export function guideAnchors(guide: Guide): Set<string> {
  const texts = [
    guide.title,
    ...guide.generalTerms,
    ...guide.sides.flatMap((side) => [side.id, side.label, side.code ?? '']),
  ];
  return new Set(
    texts.flatMap((text) =>
      words(text)
        .filter((word) => !STOP_WORDS.has(word))
        .map(stem),
    ),
  );
}

/**
 * What shows a message is about these certifications rather than about the work their titles name.
 * "developer", "architect", "jobs" or "exam" alone are everyday work words; a channel answer needs
 * an exam code or nickname, or a credential word with a side or the guide's brand.
 */
export interface SubjectCues {
  /** Exam codes and nicknames that are no English word: "saa", "c03", "dva", "csa". */
  codes: Set<string>;
  /** Words for a credential: the vocabulary term the sides' names use ("Certified") and its synonyms. */
  credentials: Set<string>;
  /** Words of the guide's title that are general terms ("AWS", "Associate"). */
  brands: Set<string>;
  /**
   * Brand words that end a side's name ("Developer – Associate"): after a side's word they name the
   * certification ("developer associate"), while "AWS developer" stays a job title.
   */
  levels: Set<string>;
  /**
   * Words that describe one side, from its two-word vocabulary phrases ending in a credential or route
   * word ("design credential", "builder track", "coding oriented"), as stems, with the side's id: "the
   * exam aimed at application builders" names the developer side (see analyze-question's describedSides).
   */
  describers: Map<string, string>;
}

/** Second words of a side's vocabulary phrase that make its first word describe the side. */
const DESCRIBED_BY = new Set(
  ['track', 'route', 'side', 'path', 'one', 'oriented', 'focused', 'centric', 'heavy'].map(stem),
);

export function subjectCues(guide: Guide): SubjectCues {
  const broad = broadTerms(guide);
  const titleWords = new Set(words(guide.title));
  const sideIds = new Set(guide.sides.map((side) => side.id));
  const sideNames = [
    ...guide.sides.flatMap((side) => [side.code ?? '']),
    ...Object.entries(guide.vocabulary).flatMap(([term, list]) => (sideIds.has(term) ? list : [])),
  ];
  const codes = sideNames
    .flatMap(words)
    .filter((word) => !isEnglishWord(word) && !titleWords.has(word) && !broad.has(stem(word)));
  // Words every side's full name shares, beyond the title: "Certified".
  const [first, ...rest] = guide.sides.map((side) => new Set(words(side.name)));
  const shared = [...first!].filter((word) => rest.every((name) => name.has(word)) && !titleWords.has(word));
  const credentials = new Set(shared.map(stem));
  for (const [term, list] of Object.entries(guide.vocabulary)) {
    const all = [term, ...list];
    // Single words only: a phrase ("exam code") reaches the subject as its canonical term, while its
    // words one by one ("code") would make "devs who know python" name the certifications.
    if (all.some((phrase) => shared.includes(phrase)))
      for (const phrase of all) {
        const [word, ...more] = words(phrase);
        if (word && more.length === 0) credentials.add(stem(word));
      }
  }
  const describers = new Map<string, string>();
  const claimed = new Set<string>();
  for (const side of sideIds)
    for (const phrase of guide.vocabulary[side] ?? []) {
      const [first, second, ...more] = words(phrase).map(stem);
      if (!first || !second || more.length > 0) continue;
      if (!DESCRIBED_BY.has(second) && !credentials.has(second)) continue;
      // A word both sides use describes neither.
      if (describers.has(first) && describers.get(first) !== side) claimed.add(first);
      describers.set(first, side);
    }
  for (const word of claimed) describers.delete(word);
  const general = new Set(guide.generalTerms.flatMap((term) => words(term)));
  const brands = [...titleWords].filter((word) => general.has(word));
  const lastWords = guide.sides.map((side) => words(side.name).at(-1) ?? '');
  return {
    codes: new Set(codes.map(stem)),
    credentials,
    brands: new Set(brands.map(stem)),
    levels: new Set(lastWords.filter((word) => brands.includes(word)).map(stem)),
    describers,
  };
}
