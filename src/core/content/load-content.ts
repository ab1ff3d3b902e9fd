import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CACHE_DIR, hashFiles, readCached, writeCached } from '../disk-cache.js';
import type { Guide } from '../guide.js';
import { ContentError, type ContentProblem } from './content-error.js';
import { loadGuide } from './load-guide.js';

/** The outcome of reading a content folder: valid guides and every problem found. */
export interface ContentCheck {
  guides: Guide[];
  problems: ContentProblem[];
}

/** Reads every guide folder under `dir`, collecting all problems rather than stopping at the first. */
export function checkContent(dir: string, root = process.cwd()): ContentCheck {
  const problems: ContentProblem[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      guides: [],
      problems: [{ file: relative(root, dir) || dir, message: 'content folder not found' }],
    };
  }
  const guides: Guide[] = [];
  const folders = guideFolders(dir);
  for (const folder of folders) {
    const guide = loadGuide(join(dir, folder), problems, root);
    if (guide) guides.push(guide);
  }
  if (folders.length === 0)
    problems.push({
      file: relative(root, dir) || dir,
      message: 'no guide folders (content/<guide-id>/guide.yml)',
    });
  return { guides, problems };
}

/** Bump when what a checked guide holds changes in a way the loader's own files do not show. */
const CACHE_FORMAT = 1;

/**
 * Loads all guides or throws a ContentError listing every problem: the bot refuses to start on bad content.
 * Content that passed its checks is kept in `cacheDir` under a hash of every content file and of the
 * loader's own code, so a start on unchanged content reads one JSON file instead of parsing and
 * checking the YAML again (most of the start-up's time); `false` checks every time and saves nothing.
 * Problems are never cached: a bad file is parsed and reported each time.
 */
export function loadContent(
  dir: string,
  root = process.cwd(),
  cacheDir: string | false = DEFAULT_CACHE_DIR,
): Guide[] {
  const key = cacheDir ? contentKey(dir, root) : undefined;
  const cached = key && cacheDir ? readCached(cacheDir, 'content', key) : undefined;
  if (cached !== undefined) {
    try {
      return JSON.parse(cached) as Guide[];
    } catch {
      // A damaged cache file: the content is checked again below and the file replaced.
    }
  }
  const { guides, problems } = checkContent(dir, root);
  if (problems.length) throw new ContentError(problems);
  if (key && cacheDir) writeCached(cacheDir, 'content', key, JSON.stringify(guides));
  return guides;
}

function guideFolders(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort();
}

/**
 * The cache key: each content file's path as messages show it and its bytes, and the files of this
 * folder (the loader, its schema and checks), so editing either checks the content again.
 * Undefined when the folder cannot be read: checking it then reports why.
 */
function contentKey(dir: string, root: string): string | undefined {
  try {
    const hash = createHash('sha256').update(`${CACHE_FORMAT}\0${loaderFingerprint()}`);
    for (const folder of guideFolders(dir)) {
      for (const name of readdirSync(join(dir, folder)).sort()) {
        if (name !== 'guide.yml' && !name.endsWith('.md')) continue;
        const file = join(dir, folder, name);
        hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
      }
    }
    return hash.digest('hex').slice(0, 24);
  } catch {
    return undefined;
  }
}

let loaderHash: string | undefined;

/** A hash of the files of this folder, read once a process: the code does not change while it runs. */
function loaderFingerprint(): string {
  if (loaderHash === undefined) {
    const here = dirname(fileURLToPath(import.meta.url));
    loaderHash = hashFiles(
      here,
      readdirSync(here).filter((file) => /\.(ts|js)$/.test(file)),
    );
  }
  return loaderHash;
}
