import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TUNING } from '../tuning.js';
import type { SoftmaxModel } from './softmax-model.js';

/** Bump when the features or the file layout change, so old cache files are not read. */
const FORMAT = 2;

/**
 * Models kept at most: the newest used are kept. A guide's model is under a megabyte, and tests and
 * benches train one per content variant, so an unbounded cache grew to hundreds of megabytes.
 */
export const CACHE_LIMIT = 256;

/** Where trained models are kept between runs unless a caller says otherwise. */
export const DEFAULT_CACHE_DIR = join(tmpdir(), 'certpath-cache');

interface CachedModel {
  format: number;
  classes: string[];
  features: string[];
  idf: string;
  weights: string;
}

/** The cache key: the training texts (and vocabulary) and the classifier's settings, so any content change retrains. */
export function contentHash(content: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ format: FORMAT, settings: TUNING.classifier, content }))
    .digest('hex')
    .slice(0, 24);
}

/** The cached model for this hash, or undefined when there is none or it cannot be read. */
export function readCachedModel(dir: string, hash: string): SoftmaxModel | undefined {
  try {
    const file = join(dir, `classifier-${hash}.json`);
    const cached = JSON.parse(readFileSync(file, 'utf8')) as CachedModel;
    markUsed(file);
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
export function writeCachedModel(dir: string, hash: string, model: SoftmaxModel, limit = CACHE_LIMIT): void {
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
    trimCache(dir, limit);
  } catch {
    // A cache that cannot be written only means training again next start.
  }
}

/** Marks a model as used, so that trimming the cache keeps it; a cache we may not touch is still read. */
function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Trimming may then take it for an old one: it is only trained again.
  }
}

/** Deletes the least recently used models beyond `limit`. */
function trimCache(dir: string, limit: number): void {
  const models = readdirSync(dir).filter((name) => /^classifier-[0-9a-f]+\.json$/.test(name));
  if (models.length <= limit) return;
  const used = models.map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }));
  used.sort((a, b) => b.at - a.at);
  for (const { name } of used.slice(limit)) unlinkSync(join(dir, name));
}
