import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_ENV, ROOT } from './paths.js';

/**
 * Copies dist/ (just built by `npm run bench`) to a temp dir and points the run at the copy, so a
 * rebuild or clean of dist/ while the bench runs cannot change or break what is measured. The copy
 * gets the package.json (ESM) and a link to node_modules, and runs exactly as dist/ would.
 */
export function snapshotBuild(): { dir: string; remove: () => void } {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'core')))
    throw new Error('dist/ is missing or incomplete: run `npm run build` (`npm run bench` does)');
  const root = mkdtempSync(join(tmpdir(), 'certpath-bench-build-'));
  cpSync(dist, join(root, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  process.env[BUILT_ENV] = join(root, 'dist');
  return { dir: join(root, 'dist'), remove: () => rmSync(root, { recursive: true, force: true }) };
}
