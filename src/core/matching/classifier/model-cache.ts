import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_LIMIT, hashFiles, readCached, writeCached } from '../../disk-cache.js';
import { TUNING } from '../tuning.js';
import type { SoftmaxModel } from './softmax-model.js';

/** Bump when the features or the file layout change, so old cache files are not read. */
const FORMAT = 2;

interface CachedModel {
  format: number;
  classes: string[];
  features: string[];
  idf: string;
  weights: string;
}

/**
 * The cache key: the training texts (and vocabulary), the classifier's settings and the code that turns
 * text into features, so any content change retrains, and so does a change to how words are read (a new
 * stop word, a tokenizer rule) that leaves the content as it was.
 */
export function contentHash(content: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ format: FORMAT, settings: TUNING.classifier, code: featureCode(), content }))
    .digest('hex')
    .slice(0, 24);
}

/** The files that read text into features: this folder's and the matcher's word handling. */
const FEATURE_FILES = /^(?:[\w-]+|\.\.\/(?:tokenize|stop-words|word-sequences|slack-markup))\.(?:ts|js)$/;
let featureHash: string | undefined;

/** A hash of the feature code, read once a process ('' where the files cannot be read). */
function featureCode(): string {
  if (featureHash === undefined) {
    try {
      const here = dirname(fileURLToPath(import.meta.url));
      const names = [...readdirSync(here), ...readdirSync(join(here, '..')).map((name) => `../${name}`)];
      featureHash = hashFiles(
        here,
        names.filter((name) => FEATURE_FILES.test(name)),
      );
    } catch {
      featureHash = '';
    }
  }
  return featureHash;
}

/** The cached model for this hash, or undefined when there is none or it cannot be read. */
export function readCachedModel(dir: string, hash: string): SoftmaxModel | undefined {
  try {
    const text = readCached(dir, 'classifier', hash);
    if (text === undefined) return undefined;
    const cached = JSON.parse(text) as CachedModel;
    if (cached.format !== FORMAT) return undefined;
    const floats = (base64: string) => {
      const bytes = Buffer.from(base64, 'base64');
      return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    };
    const model: SoftmaxModel = {
      classes: cached.classes,
      features: new Map(cached.features.map((key, column) => [key, column])),
      idf: floats(cached.idf),
      weights: floats(cached.weights),
    };
    const expected = model.classes.length * (model.features.size + 1);
    return model.idf.length === model.features.size && model.weights.length === expected ? model : undefined;
  } catch {
    return undefined;
  }
}

/** Saves a model; one that cannot be saved is only trained again next start. */
export function writeCachedModel(dir: string, hash: string, model: SoftmaxModel, limit = CACHE_LIMIT): void {
  const cached: CachedModel = {
    format: FORMAT,
    classes: model.classes,
    features: [...model.features.keys()],
    idf: Buffer.from(model.idf.buffer, model.idf.byteOffset, model.idf.byteLength).toString('base64'),
    weights: Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength).toString(
      'base64',
    ),
  };
  writeCached(dir, 'classifier', hash, JSON.stringify(cached), limit);
}
