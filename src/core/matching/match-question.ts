import type { Criterion, Guide, Section, UncoveredTopic } from '../guide.js';
import { type AnalyzedQuestion, analyzeQuestion } from './analyze-question.js';
import type { GuideIndex, IndexedDoc } from './guide-index.js';

/** One ranked place a question could land: a section, or a topic the guide says it does not cover. */
export interface Candidate {
  guide: Guide;
  section?: Section;
  uncovered?: UncoveredTopic;
  /** 0..1: how much of the question this candidate explains, discounted when a rival is close. */
  confidence: number;
  /** 0..1: how much of the question this candidate explains, whatever its rivals do. */
  coverage: number;
  score: number;
}

/** What matching found for one question across all guides. */
export interface MatchResult {
  /** Best first; at most ten. */
  candidates: Candidate[];
  /** Persona cues found in the question (for the `choose` answer to highlight). */
  criteria: Criterion[];
  /** The question names a guide's subject. */
  anchored: boolean;
  /** Words the question uses that the best-matching guide never does (0: every word is the guide's own). */
  unknownWords: number;
}

/**
 * How much each kind of word weighs in a question (topic words weigh their inverse document frequency).
 * An English word the guide never uses ("invoice") says the question is about something else; slang and
 * leftovers ("tbh", "eli5", "noob") say little either way.
 */
const WEIGHT = { unknown: 2, unknownSlang: 0.6, side: 0.8, general: 0.3, phrase: 0.6 };
/** A section about one side answers "what is it"; for a specific topic, the topic's own section should win. */
const ONE_SIDED_TOPIC_DAMPING = 0.6;
/** A side word counts fully only for the section about that side; elsewhere sides are everywhere. */
const SIDE_ELSEWHERE = 0.25;
/** A question that uses an uncovered topic's keyword ("exam price") is about that topic, whatever else it says. */
const UNCOVERED_HIT = 1.2;
/** Someone describing themselves and asking for a pick wants the recommendation, whatever else matches. */
const PERSONA_BOOST = 1;
/** Nothing more specific than the sides: the default section; nothing more specific than a pick: the recommender. */
const DEFAULT_BONUS = 0.8;
const PICK_BONUS = 0.9;

/** Ranks every guide's sections (and uncovered topics) for a free-text question. */
export function matchQuestion(indexes: readonly GuideIndex[], question: string): MatchResult {
  const scored: Scored[] = [];
  const criteria: Criterion[] = [];
  let anchored = false;
  let unknownWords = Number.POSITIVE_INFINITY;
  for (const index of indexes) {
    const analyzed = analyzeQuestion(index, question);
    if (analyzed.terms.length === 0) continue;
    anchored ||= analyzed.anchored;
    unknownWords = Math.min(unknownWords, analyzed.unknownWords);
    const persona = personaCriteria(analyzed);
    criteria.push(...persona);
    scored.push(...scoreGuide(index, analyzed, persona.length > 0));
  }
  scored.sort((a, b) => b.score - a.score);
  const candidates = withConfidence(scored).slice(0, 10);
  candidates.sort((a, b) => b.confidence - a.confidence || b.score - a.score);
  return { candidates, criteria, anchored, unknownWords: Number.isFinite(unknownWords) ? unknownWords : 0 };
}

/**
 * Persona cues count when the asker speaks of themselves ("I love writing code"), or asks for a pick
 * for a role ("best cert for a sysadmin"); "how much coding is on the exam" is not a persona.
 */
function personaCriteria(analyzed: AnalyzedQuestion): Criterion[] {
  if (analyzed.selfReference) return analyzed.criteria;
  return analyzed.choiceCue ? analyzed.introducedRoles : [];
}

type SectionDoc = Extract<IndexedDoc, { kind: 'section' }>;

type Scored = Candidate;

function scoreGuide(index: GuideIndex, analyzed: AnalyzedQuestion, persona: boolean): Scored[] {
  const sides = new Set(analyzed.terms.map((term) => index.sideTerms.get(term)).filter(Boolean));
  // "Topical" means a word the guide knows that points somewhere specific; words it never uses point nowhere.
  const topical = analyzed.terms.some(
    (term) => index.idf.has(term) && !index.sideTerms.has(term) && !index.generalTerms.has(term),
  );
  const aboutTheGuide = sides.size > 1 || analyzed.terms.some((term) => index.generalTerms.has(term));
  const queryWeight = analyzed.terms.reduce((sum, term) => sum + termWeight(index, term, analyzed), 0);
  return index.docs
    .map((doc) => {
      if (doc.kind === 'uncovered') {
        const hit = analyzed.uncovered.includes(doc.topic);
        return {
          ...docTarget(index.guide, doc),
          score: hit ? queryWeight * UNCOVERED_HIT : 0,
          coverage: hit ? 1 : 0,
          confidence: 0,
        };
      }
      let score = 0;
      for (const term of analyzed.terms) score += termMatch(index, doc, term, sides.size === 1);
      score += analyzed.bigrams.filter((bigram) => doc.bigrams.has(bigram)).length * WEIGHT.phrase;
      const section = doc.section;
      if (persona && section.recommender) score += queryWeight * PERSONA_BOOST;
      if (!topical && aboutTheGuide && sides.size !== 1 && section === index.defaultSection) {
        score += queryWeight * DEFAULT_BONUS;
      }
      // "should I get the SA or the dev cert?" asks for the recommendation, not the overview.
      if (!topical && aboutTheGuide && analyzed.pickCue && section.recommender)
        score += queryWeight * PICK_BONUS;
      return {
        ...docTarget(index.guide, doc),
        score,
        coverage: Math.min(1, score / queryWeight),
        confidence: 0,
      };
    })
    .filter((candidate) => candidate.score > 0);
}

function termWeight(index: GuideIndex, term: string, analyzed: AnalyzedQuestion): number {
  if (index.sideTerms.has(term)) return WEIGHT.side;
  if (index.generalTerms.has(term)) return WEIGHT.general;
  return index.idf.get(term) ?? (analyzed.englishTerms.has(term) ? WEIGHT.unknown : WEIGHT.unknownSlang);
}

function termMatch(index: GuideIndex, doc: SectionDoc, term: string, singleSide: boolean): number {
  const inDoc = doc.terms.get(term) ?? 0;
  const side = index.sideTerms.get(term);
  if (side) {
    const own = doc.section.side === side && singleSide;
    return WEIGHT.side * (own ? 1 : inDoc > 0 ? SIDE_ELSEWHERE : 0);
  }
  if (index.generalTerms.has(term)) return WEIGHT.general * inDoc;
  const damping = doc.section.side ? ONE_SIDED_TOPIC_DAMPING : 1;
  return (index.idf.get(term) ?? 0) * inDoc * damping;
}

function docTarget(guide: Guide, doc: IndexedDoc): Pick<Candidate, 'guide' | 'section' | 'uncovered'> {
  return doc.kind === 'section' ? { guide, section: doc.section } : { guide, uncovered: doc.topic };
}

/** Confidence = coverage, discounted by how close the runner-up is (a near tie is a guess). */
function withConfidence(sorted: readonly Scored[]): Candidate[] {
  return sorted.map((candidate, rank) => {
    const rival = sorted[rank === 0 ? 1 : 0];
    const margin =
      rank === 0 && rival ? (candidate.score - rival.score) / candidate.score : rank === 0 ? 1 : 0;
    const confidence = candidate.coverage * (0.55 + 0.45 * margin);
    return { ...candidate, confidence: Math.round(confidence * 1000) / 1000 };
  });
}
