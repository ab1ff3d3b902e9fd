import type { AnalyzedQuestion } from './analyze-question.js';
import type { GuideIndex, IndexedDoc } from './guide-index.js';
import type { Candidate } from './match-question.js';

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

type SectionDoc = Extract<IndexedDoc, { kind: 'section' }>;

/** What a question says about itself, as far as scoring one guide is concerned. */
interface QuestionShape {
  singleSide: boolean;
  queryWeight: number;
  defaultApplies: boolean;
  pickApplies: boolean;
  persona: boolean;
}

/** Scores the guide's candidates for an analysed question; only sections sharing a word (or a bonus) are scored. */
export function scoreGuide(index: GuideIndex, analyzed: AnalyzedQuestion, persona: boolean): Candidate[] {
  const shape = questionShape(index, analyzed, persona);
  const scored: Candidate[] = [];
  // In document order, so that ties rank as the guide lists its sections.
  for (const position of [...candidatePositions(index, analyzed, shape)].sort((a, b) => a - b)) {
    const doc = index.docs[position] as SectionDoc;
    const score = sectionScore(index, doc, analyzed, shape);
    if (score > 0) {
      scored.push({
        guide: index.guide,
        section: doc.section,
        score,
        coverage: Math.min(1, score / shape.queryWeight),
        confidence: 0,
      });
    }
  }
  for (const topic of analyzed.uncovered) {
    scored.push({
      guide: index.guide,
      uncovered: topic,
      score: shape.queryWeight * UNCOVERED_HIT,
      coverage: 1,
      confidence: 0,
    });
  }
  return scored;
}

function questionShape(index: GuideIndex, analyzed: AnalyzedQuestion, persona: boolean): QuestionShape {
  const sides = new Set(analyzed.terms.map((term) => index.sideTerms.get(term)).filter(Boolean));
  // "Topical" means a word the guide knows that points somewhere specific; words it never uses point nowhere.
  const topical = analyzed.terms.some(
    (term) => index.idf.has(term) && !index.sideTerms.has(term) && !index.generalTerms.has(term),
  );
  const aboutTheGuide = sides.size > 1 || analyzed.terms.some((term) => index.generalTerms.has(term));
  return {
    singleSide: sides.size === 1,
    queryWeight: analyzed.terms.reduce((sum, term) => sum + termWeight(index, term, analyzed), 0),
    defaultApplies: !topical && aboutTheGuide && sides.size !== 1,
    // "should I get the SA or the dev cert?" asks for the recommendation, not the overview.
    pickApplies: !topical && aboutTheGuide && analyzed.prepared.pickCue,
    persona,
  };
}

/** Positions in `index.docs` of the sections that can score: sharing a word, about a named side, or given a bonus. */
function candidatePositions(
  index: GuideIndex,
  analyzed: AnalyzedQuestion,
  shape: QuestionShape,
): Set<number> {
  const positions = new Set<number>();
  for (const term of analyzed.terms)
    for (const position of index.postings.get(term) ?? []) positions.add(position);
  const { oneSided, recommender, defaultSection } = index.positions;
  for (const position of oneSided) positions.add(position);
  if (shape.persona || shape.pickApplies) for (const position of recommender) positions.add(position);
  if (shape.defaultApplies && defaultSection !== undefined) positions.add(defaultSection);
  return positions;
}

function sectionScore(
  index: GuideIndex,
  doc: SectionDoc,
  analyzed: AnalyzedQuestion,
  shape: QuestionShape,
): number {
  let score = 0;
  for (const term of analyzed.terms) score += termMatch(index, doc, term, shape.singleSide);
  for (const bigram of analyzed.bigrams) if (doc.bigrams.has(bigram)) score += WEIGHT.phrase;
  const { section } = doc;
  if (shape.persona && section.recommender) score += shape.queryWeight * PERSONA_BOOST;
  if (shape.defaultApplies && section === index.defaultSection) score += shape.queryWeight * DEFAULT_BONUS;
  if (shape.pickApplies && section.recommender) score += shape.queryWeight * PICK_BONUS;
  return score;
}

function termWeight(index: GuideIndex, term: string, analyzed: AnalyzedQuestion): number {
  if (index.sideTerms.has(term)) return WEIGHT.side;
  if (index.generalTerms.has(term)) return WEIGHT.general;
  return (
    index.idf.get(term) ?? (analyzed.prepared.englishTerms.has(term) ? WEIGHT.unknown : WEIGHT.unknownSlang)
  );
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
