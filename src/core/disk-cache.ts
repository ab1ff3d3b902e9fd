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

/**
 * Where work that only depends on the content (a trained classifier, the checked content itself) is
 * kept between runs, keyed by a hash of what it was made from, unless a caller says otherwise.
 */
export const DEFAULT_CACHE_DIR = join(tmpdir(), 'certpath-cache');

/**
 * Files of one kind kept at most: the newest used are kept. One file is under a megabyte, and tests
 * and benches make one per content variant, so an unbounded cache grew to hundreds of megabytes.
 */
export const CACHE_LIMIT = 256;

/**
 * A hash of some of a folder's files (names relative to it) and their bytes: the code a cached result was made
 * with, so that a change to that code is a different key. Throws when a file cannot be read.
 */
export function hashFiles(dir: string, names: readonly string[]): string {
  const hash = createHash('sha256');
  for (const name of [...names].sort()) hash.update(`\0${name}\0`).update(readFileSync(join(dir, name)));
  return hash.digest('hex');
}

/** The cached text of `kind` for this hash, or undefined when there is none or it cannot be read. */
export function readCached(dir: string, kind: string, hash: string): string | undefined {
  try {
    const file = join(dir, `${kind}-${hash}.json`);
    const text = readFileSync(file, 'utf8');
    markUsed(file);
    return text;
  } catch {
    return undefined;
  }
}

/** Saves text (written to a temporary name, then renamed, so a reader never sees half a file). */
export function writeCached(
  dir: string,
  kind: string,
  hash: string,
  text: string,
  limit = CACHE_LIMIT,
): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${kind}-${hash}.json`);
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, file);
    trimCache(dir, kind, limit);
  } catch {
    // A cache that cannot be written only means doing the work again next start.
  }
}

/** Marks a file as used, so that trimming the cache keeps it; a cache we may not touch is still read. */
function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Trimming may then take it for an old one: the work is only done again.
  }
}

/** Deletes the least recently used files of `kind` beyond `limit`. */
function trimCache(dir: string, kind: string, limit: number): void {
  const pattern = new RegExp(`^${kind}-[0-9a-f]+\\.json$`);
  const files = readdirSync(dir).filter((name) => pattern.test(name));
  if (files.length <= limit) return;
  const used = files.map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }));
  used.sort((a, b) => b.at - a.at);
  for (const { name } of used.slice(limit)) unlinkSync(join(dir, name));
}
