import { resolve } from 'node:path';
import { ContentError, formatProblem } from '../core/content/content-error.js';
import { loadContent } from '../core/content/load-content.js';
import type { Guide } from '../core/guide.js';
import type { CliIo } from './io.js';

/** Loads the guides for a command, printing every content problem and returning undefined when invalid. */
export function loadGuidesOrReport(dir: string | undefined, io: CliIo): Guide[] | undefined {
  try {
    return loadContent(resolve(io.cwd, dir ?? 'content'), io.cwd);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) io.err(formatProblem(problem));
    io.err(
      `certpath: content is invalid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'})`,
    );
    return undefined;
  }
}
