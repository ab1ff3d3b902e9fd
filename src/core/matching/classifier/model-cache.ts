import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TUNING } from '../tuning.js';
import type { SoftmaxModel } from './softmax-model.js';

/** Bump when the features or the file layout change, so old cache files are not read. */
const FORMAT = 1;

/** Where trained models are kept between runs unless a caller says otherwise. */
export const DEFAULT_CACHE_DIR = join(tmpdir(), 'certpath-cache');

interface CachedModel {
  format: number;
  classes: string[];
  features: string[];
  idf: string;
  weights: string;
}

/** The cache key: the training texts and the classifier's settings, so any content change retrains. */
export function contentHash(texts: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ format: FORMAT, settings: TUNING.classifier, texts }))
    .digest('hex')
    .slice(0, 24);
}

/** The cached model for this hash, or undefined when there is none or it cannot be read. */
export function readCachedModel(dir: string, hash: string): SoftmaxModel | undefined {
  try {
    const cached = JSON.parse(readFileSync(join(dir, `classifier-${hash}.json`), 'utf8')) as CachedModel;
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

/** Saves a model (written to a temporary name, then renamed, so a reader never sees half a file). */
export function writeCachedModel(dir: string, hash: string, model: SoftmaxModel): void {
  try {
    mkdirSync(dir, { recursive: true });
    const cached: CachedModel = {
      format: FORMAT,
      classes: model.classes,
      features: [...model.features.keys()],
      idf: Buffer.from(model.idf.buffer, model.idf.byteOffset, model.idf.byteLength).toString('base64'),
      weights: Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength).toString(
        'base64',
      ),
    };
    const file = join(dir, `classifier-${hash}.json`);
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(cached));
    renameSync(partial, file);
  } catch {
    // A cache that cannot be written only means training again next start.
  }
}
