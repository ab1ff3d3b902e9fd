import type { Guide, Section, UncoveredTopic } from '../guide.js';
import { knownStems } from './candidate-guides.js';
import {
  type ClassifierOptions,
  type SectionClassifier,
  sectionClassifier,
} from './classifier/section-classifier.js';
import { isEnglishWord, preloadEnglishWords } from './english-words.js';
import {
  broadTerms,
  type CriterionCue,
  guideAnchors,
  keyStem,
  recommenderCriteria,
  type SubjectCues,
  subjectCues,
  thingsTitlesAsk,
  type UncoveredPhrase,
  uncoveredPhrase,
} from './guide-cues.js';
import { inverseFrequencies, postingsOf, STRONG_FIELD, sectionFields, weighTerms } from './section-terms.js';
import { SpellingCorrector } from './spelling.js';
import { stem, words } from './tokenize.js';
import { startsAt } from './word-sequences.js';

export type { CriterionCue, UncoveredPhrase } from './guide-cues.js';

/** A section as matching sees it: its weighted stems and the two-word phrases of its prominent fields. */
export interface SectionDoc {
  section: Section;
  terms: Map<string, number>;
  bigrams: Set<string>;
}

/**
 * One keyword of a not-covered topic as a phrase, under its key stem in `GuideIndex.uncoveredKeys`. Its `kind`
 * is the topic's list it comes from: `keywords` count wherever they stand; `unnamed` (`unnamedKeywords`) only
 * when the question names nothing of the guide's; `asked` (`askedKeywords`) only in the clauses that ask;
 * `general` (`generalKeywords`) only when the question does not speak of the pair.
 */
export interface UncoveredKey {
  /** The topic's position in `GuideIndex.uncovered`. */
  doc: number;
  kind: 'keywords' | 'unnamed' | 'asked' | 'general';
  phrase: UncoveredPhrase;
}

/** A vocabulary phrase (as stems) and the canonical term it stands for. */
export interface VocabularyPhrase {
  stems: string[];
  term: string;
  /** Its place among the guide's phrases, longest first: phrases are tried in this order. */
  order: number;
}

/** Everything matching needs about one guide, computed once at start-up. */
export interface GuideIndex {
  guide: Guide;
  /** Sorted by id, so that positions (and ties) do not move when the guide reorders its topics. */
  sections: SectionDoc[];
  /** The topics the guide knowingly does not cover, in its order. */
  uncovered: readonly UncoveredTopic[];
  /**
   * Every keyword of `uncovered` by its key stem (keyStem: its first word that is not a function word):
   * a question is checked against the keywords whose key stem it uses, not against every keyword of
   * every topic (this runs for every guide).
   */
  uncoveredKeys: Map<string, UncoveredKey[]>;
  idf: Map<string, number>;
  /** term → positions in `sections` of the sections that use it. */
  postings: Map<string, number[]>;
  /** Positions in `sections` of the sections that may score without sharing a word (side, recommender, default). */
  positions: { oneSided: number[]; recommender: number[]; defaultSection?: number };
  /**
   * Vocabulary phrases by their first stem: a question tries only those starting with one of its words,
   * in `order` (longest first, so "solutions architect associate" is matched before "associate").
   */
  phrasesByStart: Map<string, VocabularyPhrase[]>;
  /** The same phrases by `order`. */
  phrases: VocabularyPhrase[];
  /**
   * The phrases of a topic that name the sides ("saa before dva", "developer after architect"), each side's
   * name as its side's term ("architect befor develop"): a question naming the sides otherwise, with words
   * between ("the SAA before the DVA"), says them too (see sidePhrasesIn, analyze-question.ts).
   */
  sidePhrases: VocabularyPhrase[];
  /** The words of `sidePhrases` other than the sides, function words among them ("before"). */
  sidePhraseWords: Set<string>;
  /** Per term, the most any one section's fields give it (see TUNING.fields): 0.3 means body text only. */
  bestFieldWeight: Map<string, number>;
  criteria: CriterionCue[];
  anchors: Set<string>;
  /** What shows a message is about the certifications themselves (for overheard channel messages). */
  subject: SubjectCues;
  /** The stem of each side's id → the side id: "architect" → architect. */
  sideTerms: Map<string, string>;
  /** Stems of the guide's general terms. */
  generalTerms: Set<string>;
  /**
   * The things the sections' titles ask for by their "what" or "which" (skills, jobs, services), each with the
   * id of the section whose title asks for it (see thingsTitlesAsk).
   */
  thingsAsked: Map<string, string>;
  /** Stems of the words of the section ids ("levels", "coding", "job-roles" → job, role): topics a section is named after. */
  sectionIdTerms: Set<string>;
  /** What a comparison of two things other than the sides is "not covered" as, named after the guide's pair. */
  otherComparisons: UncoveredTopic;
  /** What a question about a job neither side is ("the career path for a product manager") is "not covered" as. */
  otherRoles: UncoveredTopic;
  /**
   * Two-word names in the not-covered topics' `unnamedKeywords` (product names: "secrets manager"), as
   * "stem stem": a job noun that ends one names that product, not a job.
   */
  namedPairs: Set<string>;
  /** The section a question naming nothing more specific than the sides lands on. */
  defaultSection?: Section;
  /** The words the guide uses prominently, with how often: what typos are corrected towards. */
  lexicon: Map<string, number>;
  corrector: SpellingCorrector;
  /** The second opinion learned from the guide's text (breaks near ties, confirms "did you mean"). */
  classifier: SectionClassifier;
  /**
   * Every stem analysis can find in a question for this guide (see knownStems): with many guides loaded, a
   * question is read in full only against those that know the most of its words (candidateGuides).
   */
  stems: ReadonlySet<string>;
}

export type IndexOptions = ClassifierOptions;

/**
 * Whether a term names one of the guide's topics: a word it uses that is neither a side's name nor a general word
 * of the pair ("certification", "exam"). What makes a question topical (score-guide.ts), asks of a topic
 * (analyze-question.ts) or picks without one (match-question.ts).
 */
export function namesATopic(index: GuideIndex, term: string): boolean {
  return index.idf.has(term) && !index.sideTerms.has(term) && !index.generalTerms.has(term);
}

/**
 * The side term named by a vocabulary phrase of the guide's that starts at word `i` ("SAA", "dev cert"), or
 * undefined.
 */
export function sidePhraseAt(index: GuideIndex, stemmed: readonly string[], i: number): string | undefined {
  return index.phrasesByStart
    .get(stemmed[i]!)
    ?.find((candidate) => index.sideTerms.has(candidate.term) && startsAt(stemmed, candidate.stems, i))?.term;
}

/** Builds one guide's index: weighted terms per section, inverse document frequencies, vocabulary, lexicon. */
export function buildGuideIndex(guide: Guide, options: IndexOptions = {}): GuideIndex {
  preloadEnglishWords();
  const lexicon = new Map<string, number>();
  const learn = (texts: readonly string[]) => {
    for (const text of texts) for (const word of words(text)) lexicon.set(word, (lexicon.get(word) ?? 0) + 1);
  };
  // By id, not in the guide's display order: ties between sections must not move when topics are reordered.
  const byId = [...guide.sections].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const phrases = Object.entries(guide.vocabulary).flatMap(([term, list]) => {
    learn([term, ...list]);
    return [term, ...list].map((phrase) => ({ stems: words(phrase).map(stem), term: stem(term) }));
  });
  // Each one-word vocabulary entry and the term it stands for ("programming" → "code"): a section's
  // two-word phrases are also kept in these terms, as a question's are.
  const canonical = new Map<string, string>();
  for (const { stems, term } of phrases)
    if (stems.length === 1 && !canonical.has(stems[0]!)) canonical.set(stems[0]!, term);
  const sectionDocs = byId.map((section) => {
    const fields = sectionFields(section, guide);
    // Typos are corrected only towards words the guide uses prominently, never towards body text.
    learn(fields.filter(([weight]) => weight >= STRONG_FIELD).flatMap(([, texts]) => texts));
    return { section, ...weighTerms(fields, canonical) };
  });
  const broad = broadTerms(guide);
  const generalTerms = new Set(guide.generalTerms.flatMap((term) => words(term).map(stem)));
  const subject = subjectCues(guide);
  const uncovered = guide.notCovered;
  const keys = uncovered.flatMap((topic, at) => {
    // Typos are corrected towards the keywords that count wherever they stand (not the product names of
    // `unnamedKeywords`, as before).
    learn(topic.keywords);
    learn(topic.askedKeywords ?? []);
    learn(topic.generalKeywords ?? []);
    return (
      [
        ['keywords', topic.keywords],
        ['unnamed', topic.unnamedKeywords],
        ['asked', topic.askedKeywords],
        ['general', topic.generalKeywords],
      ] as const
    ).flatMap(([kind, keywords = []]) =>
      keywords
        .map(
          (keyword): UncoveredKey => ({
            doc: at,
            kind,
            phrase: uncoveredPhrase(keyword, broad, subject.brands),
          }),
        )
        .filter((key) => key.phrase.stems.length > 0),
    );
  });
  const ordered = phrases
    .filter((phrase) => phrase.stems.length > 0)
    .sort((a, b) => b.stems.length - a.stems.length)
    .map((phrase, order): VocabularyPhrase => ({ ...phrase, order }));
  const phrasesByStart = groupBy(ordered, (phrase) => phrase.stems[0]!);
  const sideTerms = new Map(guide.sides.map((side) => [stem(side.id), side.id]));
  const sideOf = new Map(
    ordered.flatMap(({ stems, term }) =>
      stems.length === 1 && sideTerms.has(term) ? [[stems[0]!, term]] : [],
    ),
  );
  const sidePhrases = ordered
    .filter(
      ({ stems, term }) => stems.length > 1 && !sideTerms.has(term) && stems.some((word) => sideOf.has(word)),
    )
    .map((phrase) => ({ ...phrase, stems: phrase.stems.map((word) => sideOf.get(word) ?? word) }));
  const defaultSection = guide.sections.find((section) => section.id === guide.defaultSection);
  const index: Omit<GuideIndex, 'stems'> = {
    guide,
    sections: sectionDocs,
    uncovered,
    uncoveredKeys: groupBy(keys, (key) => keyStem(key.phrase.stems)),
    // Uncovered topics count as documents, so a word in every section is still not quite everywhere.
    idf: inverseFrequencies(
      sectionDocs.map((doc) => doc.terms),
      sectionDocs.length + uncovered.length,
    ),
    postings: postingsOf(sectionDocs.map((doc) => doc.terms)),
    positions: specialPositions(byId, defaultSection),
    phrasesByStart,
    phrases: ordered,
    sidePhrases,
    sidePhraseWords: new Set(
      sidePhrases.flatMap(({ stems }) => stems.filter((word) => !sideTerms.has(word))),
    ),
    bestFieldWeight: bestWeights(sectionDocs.map((doc) => doc.terms)),
    criteria: recommenderCriteria(guide),
    anchors: guideAnchors(guide),
    subject,
    sideTerms,
    sectionIdTerms: new Set(guide.sections.flatMap((section) => words(section.id).map(stem))),
    otherComparisons: {
      topic: `comparisons of anything but ${guide.sides[0].label} and ${guide.sides[1].label}`,
      keywords: [],
    },
    otherRoles: {
      topic: `jobs other than ${guide.sides[0].label} and ${guide.sides[1].label}`,
      keywords: [],
    },
    namedPairs: new Set(
      keys.flatMap(({ kind, phrase: { stems } }) =>
        kind === 'unnamed' ? stems.slice(1).map((term, k) => `${stems[k]} ${term}`) : [],
      ),
    ),
    generalTerms,
    thingsAsked: thingsTitlesAsk(guide, generalTerms, canonical),
    ...(defaultSection ? { defaultSection } : {}),
    lexicon,
    corrector: new SpellingCorrector(lexicon, isEnglishWord),
    classifier: sectionClassifier(guide, options, phrasesByStart),
  };
  return { ...index, stems: knownStems(index) };
}

/**
 * Indexes several guides that share one spelling corrector over all their words, so a question is
 * tokenised and corrected once however many guides there are.
 */
export function buildGuideIndexes(guides: readonly Guide[], options: IndexOptions = {}): GuideIndex[] {
  const indexes = guides.map((guide) => buildGuideIndex(guide, options));
  if (indexes.length < 2) return indexes;
  const union = new Map<string, number>();
  for (const { lexicon } of indexes)
    for (const [word, uses] of lexicon) union.set(word, (union.get(word) ?? 0) + uses);
  const corrector = new SpellingCorrector(union, isEnglishWord);
  return indexes.map((index) => ({ ...index, corrector }));
}

function specialPositions(
  sections: readonly Section[],
  defaultSection: Section | undefined,
): GuideIndex['positions'] {
  const where = (test: (section: Section) => unknown) =>
    sections.flatMap((section, position) => (test(section) ? [position] : []));
  const at = defaultSection ? sections.indexOf(defaultSection) : -1;
  return {
    oneSided: where((section) => section.side),
    recommender: where((section) => section.recommender),
    ...(at >= 0 ? { defaultSection: at } : {}),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function bestWeights(docs: readonly Map<string, number>[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const terms of docs)
    for (const [term, weight] of terms) best.set(term, Math.max(best.get(term) ?? 0, weight));
  return best;
}
