import { readFileSync } from 'node:fs';

/** The version in package.json (two folders up from src/cli and from dist/cli alike). */
export function cliVersion(): string {
  const manifest = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
