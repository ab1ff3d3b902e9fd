import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtDir } from '../paths.js';

/**
 * The core as the bot runs it: tsc's output (the run's snapshot of dist/, see built-snapshot.ts), typed
 * by its sources. Measuring the built code, not a tsx transform of src/, also keeps line numbers in CPU
 * profiles pointing at real lines.
 */
const built = <T>(path: string): Promise<T> =>
  import(pathToFileURL(join(builtDir(), path)).href) as Promise<T>;

export const { createAnswerer } =
  await built<typeof import('../../src/core/answer/answerer.js')>('core/answer/answerer.js');
export const { loadContent } = await built<typeof import('../../src/core/content/load-content.js')>(
  'core/content/load-content.js',
);
export const { buildGuideIndexes } = await built<typeof import('../../src/core/matching/guide-index.js')>(
  'core/matching/guide-index.js',
);
export const { matchQuestion } = await built<typeof import('../../src/core/matching/match-question.js')>(
  'core/matching/match-question.js',
);
export const { fuseDefaultsSearch, miniSearchFuzzySearch } = await built<
  typeof import('../../src/cli/eval/baseline-search.js')
>('cli/eval/baseline-search.js');
