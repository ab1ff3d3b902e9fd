import type { Guide } from '../../guide.js';
import { words } from '../tokenize.js';
import { contentHash, DEFAULT_CACHE_DIR, readCachedModel, writeCachedModel } from './model-cache.js';
import { predict, type SoftmaxModel, train } from './softmax-model.js';
import { featureKeys } from './text-features.js';
import { trainingTexts } from './training-texts.js';

/** A second opinion on which section a question belongs to, learned from the guide's own text. */
export interface SectionClassifier {
  /** Section id → probability, for a question's (corrected) words. */
  probabilities(questionWords: readonly string[]): Map<string, number>;
}

export interface ClassifierOptions {
  /** Directory for trained models keyed by content hash; `false` trains every time and saves nothing. */
  cacheDir?: string | false;
}

/** Loads the guide's classifier from the cache, or trains it (and caches it) when the content changed. */
export function sectionClassifier(guide: Guide, options: ClassifierOptions = {}): SectionClassifier {
  const texts = trainingTexts(guide);
  const dir = options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
  const hash = contentHash(texts);
  let model = dir ? readCachedModel(dir, hash) : undefined;
  if (!model) {
    model = trainOn(texts);
    if (dir) writeCachedModel(dir, hash, model);
  }
  return classifierOf(model);
}

function trainOn(texts: ReturnType<typeof trainingTexts>): SoftmaxModel {
  const classes = [...new Set(texts.map((text) => text.section))];
  const label = new Map(classes.map((id, index) => [id, index]));
  return train(
    classes,
    texts.map(({ section, text }) => ({ keys: featureKeys(words(text)), label: label.get(section)! })),
  );
}

function classifierOf(model: SoftmaxModel): SectionClassifier {
  return {
    probabilities(questionWords) {
      const p = predict(model, featureKeys(questionWords));
      return new Map(model.classes.map((id, k) => [id, p[k]!]));
    },
  };
}
