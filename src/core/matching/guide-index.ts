import type { Criterion, Guide, Section, UncoveredTopic } from '../guide.js';
import { cellText } from '../text/cell-text.js';
import { isEnglishWord, preloadEnglishWords } from './english-words.js';
import { SpellingCorrector } from './spelling.js';
import { STOP_WORDS } from './stop-words.js';
import { stem, words } from './tokenize.js';

/** Something a question can land on: a section, or a topic the guide knowingly does not cover. */
export type IndexedDoc =
  | { kind: 'section'; section: Section; terms: Map<string, number>; bigrams: Set<string> }
  | { kind: 'uncovered'; topic: UncoveredTopic; phrases: UncoveredPhrase[] };

/**
 * An uncovered topic's keyword as topic words in order. It matches when they occur in that order with at
 * most a couple of words between them ("how long is the exam" also catches "how long is the developer
 * exam"), so "exam … cost optimization" far apart is not "exam cost".
 */
export interface UncoveredPhrase {
  stems: string[];
  /** Must occur exactly as written (a keyword without a topic word of its own). */
  exact: boolean;
}

/** A vocabulary phrase (as stems) and the canonical term it stands for. */
export interface VocabularyPhrase {
  stems: string[];
  term: string;
}

/** Everything matching needs about one guide, computed once at start-up. */
export interface GuideIndex {
  guide: Guide;
  docs: IndexedDoc[];
  idf: Map<string, number>;
  phrases: VocabularyPhrase[];
  criteria: { criterion: Criterion; phrases: string[][] }[];
  anchors: Set<string>;
  /** The stem of each side's id → the side id: "architect" → architect. */
  sideTerms: Map<string, string>;
  /** Stems of the guide's general terms. */
  generalTerms: Set<string>;
  /** The section a question naming nothing more specific than the sides lands on. */
  defaultSection?: Section;
  corrector: SpellingCorrector;
}

/** How much a word counts in each field: a title word says more about a section than a body word. */
const FIELD_WEIGHTS = {
  title: 1,
  keywords: 1,
  questions: 0.8,
  summary: 0.6,
  aspects: 0.5,
  cells: 0.3,
  body: 0.3,
};
/** Fields at or above this weight name what a section is about (and feed the spelling lexicon). */
const STRONG_FIELD = FIELD_WEIGHTS.questions;
/** Each further field that repeats a word adds a little: a section about coding says "code" everywhere. */
const REPEAT_BONUS = 0.08;

/** Builds the per-guide index: weighted terms per section, inverse document frequencies, vocabulary, lexicon. */
export function buildGuideIndex(guide: Guide): GuideIndex {
  preloadEnglishWords();
  const lexicon = new Map<string, number>();
  const learn = (texts: readonly string[]) => {
    for (const text of texts) for (const word of words(text)) lexicon.set(word, (lexicon.get(word) ?? 0) + 1);
  };
  const broad = new Set(
    [...guide.sides.map((side) => side.id), ...guide.generalTerms].flatMap((term) => words(term).map(stem)),
  );
  const docs: IndexedDoc[] = [
    ...guide.sections.map((section) => {
      const fields = sectionFields(section, guide);
      learn(fields.filter(([weight]) => weight >= STRONG_FIELD).flatMap(([, texts]) => texts));
      return { kind: 'section' as const, section, ...weighTerms(fields) };
    }),
    ...guide.notCovered.map((topic) => {
      learn(topic.keywords);
      return {
        kind: 'uncovered' as const,
        topic,
        phrases: topic.keywords.map((keyword) => uncoveredPhrase(keyword, broad)),
      };
    }),
  ];
  const phrases = Object.entries(guide.vocabulary).flatMap(([term, list]) => {
    learn([term, ...list]);
    return [term, ...list].map((phrase) => ({ stems: words(phrase).map(stem), term: stem(term) }));
  });
  const defaultSection = guide.sections.find((section) => section.id === guide.defaultSection);
  return {
    guide,
    docs,
    idf: inverseFrequencies(docs),
    phrases: phrases
      .filter((phrase) => phrase.stems.length > 0)
      .sort((a, b) => b.stems.length - a.stems.length),
    criteria: recommenderCriteria(guide),
    anchors: guideAnchors(guide),
    sideTerms: new Map(guide.sides.map((side) => [stem(side.id), side.id])),
    generalTerms: new Set(guide.generalTerms.flatMap((term) => words(term).map(stem))),
    ...(defaultSection ? { defaultSection } : {}),
    // Typos are corrected only towards words the guide uses prominently, never towards body text,
    // so ordinary English ("fill", "expert") is not bent into a guide word ("full", "expect").
    corrector: new SpellingCorrector(lexicon, isEnglishWord),
  };
}

type Field = [weight: number, texts: readonly string[]];

function uncoveredPhrase(keyword: string, broad: ReadonlySet<string>): UncoveredPhrase {
  const all = words(keyword).map(stem);
  const content = all.filter((term) => !STOP_WORDS.has(term));
  // A keyword with no topic word of its own ("how much is the exam") keeps every word, function words
  // included, and must then occur as written: otherwise any question about the exam would match it.
  const exact = !content.some((term) => !broad.has(term));
  return { stems: exact ? all : content, exact };
}

function sectionFields(section: Section, guide: Guide): Field[] {
  const side = guide.sides.find((candidate) => candidate.id === section.side);
  return [
    [
      FIELD_WEIGHTS.title,
      [section.id.replace(/-/g, ' '), section.title, ...(side ? [side.id, side.label, side.code ?? ''] : [])],
    ],
    [FIELD_WEIGHTS.keywords, section.keywords],
    [FIELD_WEIGHTS.questions, section.questions],
    [FIELD_WEIGHTS.summary, [section.summary]],
    [FIELD_WEIGHTS.aspects, section.comparison.map((row) => row.aspect)],
    [FIELD_WEIGHTS.cells, section.comparison.flatMap((row) => Object.values(row.cells).map(cellText))],
    [FIELD_WEIGHTS.body, [section.body]],
  ];
}

function weighTerms(fields: Field[]) {
  const terms = new Map<string, number>();
  const repeats = new Map<string, number>();
  const bigrams = new Set<string>();
  for (const [weight, texts] of fields) {
    const seen = new Set<string>();
    for (const text of texts) {
      const content = words(text)
        .map(stem)
        .filter((term) => !STOP_WORDS.has(term));
      content.forEach((term, i) => {
        terms.set(term, Math.max(terms.get(term) ?? 0, weight));
        seen.add(term);
        if (i > 0 && weight >= FIELD_WEIGHTS.summary) bigrams.add(`${content[i - 1]} ${term}`);
      });
    }
    for (const term of seen) repeats.set(term, (repeats.get(term) ?? 0) + 1);
  }
  for (const [term, count] of repeats)
    terms.set(term, terms.get(term)! + REPEAT_BONUS * Math.min(3, count - 1));
  return { terms, bigrams };
}

/**
 * A fractional document frequency, each use counted by the square of its field weight: a word in a
 * title makes it common, a word in passing in ten bodies much less so.
 */
function inverseFrequencies(docs: readonly IndexedDoc[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const doc of docs) {
    if (doc.kind === 'uncovered') continue;
    for (const [term, weight] of doc.terms) frequency.set(term, (frequency.get(term) ?? 0) + weight * weight);
  }
  const idf = new Map<string, number>();
  for (const [term, df] of frequency) idf.set(term, Math.log(1 + (docs.length - df + 0.5) / (df + 0.5)));
  return idf;
}

function recommenderCriteria(guide: Guide): GuideIndex['criteria'] {
  const recommender = guide.sections.find((section) => section.recommender)?.recommender;
  if (!recommender) return [];
  return [...recommender.statements, ...recommender.roles]
    .filter((criterion) => criterion.side)
    .map((criterion) => ({
      criterion,
      phrases: criterion.keywords.map((keyword) => words(keyword).map(stem)),
    }));
}

/** Words that show a message is about this guide at all: its title, general terms, and sides' ids, labels and codes. */
function guideAnchors(guide: Guide): Set<string> {
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
