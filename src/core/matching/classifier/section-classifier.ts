import { createHash } from 'node:crypto';
import { DEFAULT_CACHE_DIR } from '../../disk-cache.js';
import type { Guide } from '../../guide.js';
import { words } from '../tokenize.js';
import { contentHash, readCachedModel, writeCachedModel } from './model-cache.js';
import { predict, type SoftmaxModel, train } from './softmax-model.js';
import { featureKeys, type Synonyms } from './text-features.js';
import { type TrainingText, trainingTexts } from './training-texts.js';

/** A second opinion on which section a question belongs to, learned from the guide's own text. */
export interface SectionClassifier {
  /** Section id → probability, for a question's (corrected) words. */
  probabilities(questionWords: readonly string[]): Map<string, number>;
}

export interface ClassifierOptions {
  /** Directory for trained models keyed by content hash; `false` trains every time and saves nothing. */
  cacheDir?: string | false;
}

/**
 * Loads the guide's classifier from the cache, or trains it (and caches it) when the content changed.
 * `synonyms` are the guide's vocabulary phrases (GuideIndex.phrasesByStart); without them the
 * classifier reads words and character n-grams only.
 */
export function sectionClassifier(
  guide: Guide,
  options: ClassifierOptions = {},
  synonyms?: Synonyms,
): SectionClassifier {
  const texts = trainingTexts(guide);
  const dir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const hash = contentHash({ texts, synonyms: synonyms ? [...synonyms] : [] });
  const keysOf = (questionWords: readonly string[]) => featureKeys(questionWords, synonyms);
  let model = dir ? readCachedModel(dir, hash) : undefined;
  if (!model) {
    model = trainOn(texts, keysOf);
    if (dir) writeCachedModel(dir, hash, model);
  }
  return classifierOf(model, keysOf);
}

type KeysOf = (questionWords: readonly string[]) => string[];

/**
 * Trains on the texts in the order of a hash of each one (its section and words): a fixed order that
 * does not depend on where a text sits in the guide. Adding, editing or dropping one alternate question
 * leaves every other text where it was, so the model moves only where that text speaks. In the guide's
 * order, or shuffled by position, one text dropped reordered all that followed it.
 */
function trainOn(texts: readonly TrainingText[], keysOf: KeysOf): SoftmaxModel {
  const classes = [...new Set(texts.map((text) => text.section))];
  const label = new Map(classes.map((id, index) => [id, index]));
  const ordered = texts
    .map((text) => ({ text, key: orderKey(text) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ text }) => text);
  return train(
    classes,
    ordered.map(({ section, text }) => ({ keys: keysOf(words(text)), label: label.get(section)! })),
  );
}

function orderKey({ section, text }: TrainingText): string {
  return createHash('sha256').update(`${section} ${text}`).digest('hex');
}

function classifierOf(model: SoftmaxModel, keysOf: KeysOf): SectionClassifier {
  return {
    probabilities(questionWords) {
      const p = predict(model, keysOf(questionWords));
      return new Map(model.classes.map((id, k) => [id, p[k]!]));
    },
  };
}
