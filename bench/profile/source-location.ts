import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { builtDir, ROOT } from '../paths.js';

const maps = new Map<string, SourceMap | undefined>();

/**
 * `dist/core/x.js` at a 0-based line and column → `src/core/x.ts:<line>` through tsc's source map, so
 * that a hot spot names the line to edit; undefined when there is no map.
 */
export function sourceLocation(distPath: string, line: number, column: number): string | undefined {
  const map = sourceMapOf(distPath);
  const entry = map?.findEntry(line, column);
  if (!entry || !('originalSource' in entry)) return undefined;
  const source = relative(ROOT, join(ROOT, dirname(distPath), entry.originalSource));
  return `${source}:${entry.originalLine + 1}`;
}

/** `dist/core/x.js` → `src/core/x.ts`, or the path itself when there is no map. */
export function sourceFile(distPath: string): string {
  const original = sourceMapOf(distPath)?.payload.sources[0];
  return original ? relative(ROOT, join(ROOT, dirname(distPath), original)) : distPath;
}

function sourceMapOf(distPath: string): SourceMap | undefined {
  if (!maps.has(distPath)) {
    const file = join(builtDir(), `${distPath.slice('dist/'.length)}.map`);
    maps.set(distPath, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined);
  }
  return maps.get(distPath);
}
