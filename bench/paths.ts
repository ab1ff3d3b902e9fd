import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: children run from it, so `content/`, `eval/` and `tsx` resolve as in `npm run`. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Names the snapshot of dist/ a run measures; set by the bench, passed on to every child. */
export const BUILT_ENV = 'CERTPATH_BENCH_BUILT';

/** The built bot this run measures: the run's snapshot of dist/, or dist/ itself. */
export function builtDir(): string {
  return process.env[BUILT_ENV] ?? join(ROOT, 'dist');
}
