import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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
  const folders = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort();
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

/** Loads all guides or throws a ContentError listing every problem: the bot refuses to start on bad content. */
export function loadContent(dir: string, root = process.cwd()): Guide[] {
  const { guides, problems } = checkContent(dir, root);
  if (problems.length) throw new ContentError(problems);
  return guides;
}
