import type { GuideIndex } from './guide-index.js';
import type { PreparedQuestion } from './prepare-question.js';

/** What `knownStems` reads of an index: everything but the stems themselves. */
type IndexWithoutStems = Omit<GuideIndex, 'stems'>;

/**
 * Every stem a question could use that analyzeQuestion would find in this guide: the sections' terms (every
 * field, body text too), the vocabulary's phrases (their words and the terms they stand for), the sides' and
 * section ids' stems, the general terms, the exam codes and credential, brand, level and describing words, the
 * words of the not-covered topics' keywords, the recommender's cues and the guide's anchors. A guide that knows
 * none of a question's stems can still answer it only by its shape ("which one?"), as any guide can.
 */
export function knownStems(index: IndexWithoutStems): ReadonlySet<string> {
  const { subject } = index;
  return new Set([
    ...index.idf.keys(),
    ...index.phrases.flatMap(({ stems, term }) => [...stems, term]),
    ...index.sidePhrases.flatMap(({ stems }) => stems),
    ...index.sideTerms.keys(),
    ...index.generalTerms,
    ...index.sectionIdTerms,
    ...subject.codes,
    ...subject.credentials,
    ...subject.brands,
    ...subject.levels,
    ...subject.describers.keys(),
    ...[...index.uncoveredKeys.values()].flatMap((keys) => keys.flatMap(({ phrase }) => phrase.stems)),
    ...index.criteria.flatMap(({ phrases }) => phrases.flat()),
    ...index.anchors,
  ]);
}

/**
 * The guides a question is read in full against: all of them when there are at most `limit`, else the `limit`
 * guides that know the most of its words, in load order. Reading a question (analyzeQuestion, scoreGuide) costs
 * the same for every guide, so with a hundred guides it is a hundred readings, nearly all of guides the question
 * is not about. This first, cheap stage (candidate generation before the full reading re-ranks) scores each guide
 * by the question's distinct stems it knows (`GuideIndex.stems`), each weighted by how rare it is among the
 * loaded guides (an inverse document frequency, as sections' terms are weighed within a guide): a word every
 * guide knows ("exam") hardly tells them apart, one only a single guide knows says the question is that guide's.
 * Function words (the prepared question's `stop`) are not counted: they name no guide. Ties keep load order, as
 * the full reading's ranking does.
 *
 * `preparedFor` gives the question as a guide's spelling corrector prepared it: guides built together share a
 * corrector, so it is the same for all of them.
 */
export function candidateGuides(
  indexes: readonly GuideIndex[],
  preparedFor: (index: GuideIndex) => PreparedQuestion,
  limit: number,
): readonly GuideIndex[] {
  if (indexes.length <= limit) return indexes;
  // Each preparation's distinct stems once: with a shared corrector there is only one.
  const distinct = new Map<PreparedQuestion, string[]>();
  const asked = indexes.map((index) => {
    const prepared = preparedFor(index);
    let terms = distinct.get(prepared);
    if (!terms) {
      terms = [...new Set(prepared.stemmed.filter((_, i) => !prepared.stop[i]))];
      distinct.set(prepared, terms);
    }
    return terms;
  });
  const idf = rarities(indexes, new Set([...distinct.values()].flat()));
  const scores = indexes.map((index, at) =>
    asked[at]!.reduce((sum, term) => (index.stems.has(term) ? sum + idf.get(term)! : sum), 0),
  );
  const best = indexes
    .map((_, at) => at)
    .sort((a, b) => scores[b]! - scores[a]! || a - b)
    .slice(0, Math.max(0, limit));
  return best.sort((a, b) => a - b).map((at) => indexes[at]!);
}

/**
 * Each stem's inverse document frequency among the guides, in the form section terms use within a guide
 * (inverseFrequencies): near 0 for a stem every guide knows, highest for one only a single guide knows.
 */
function rarities(indexes: readonly GuideIndex[], terms: ReadonlySet<string>): Map<string, number> {
  const idf = new Map<string, number>();
  for (const term of terms) {
    let df = 0;
    for (const index of indexes) if (index.stems.has(term)) df++;
    idf.set(term, Math.log(1 + (indexes.length - df + 0.5) / (df + 0.5)));
  }
  return idf;
}
