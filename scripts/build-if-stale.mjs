#!/usr/bin/env node
/**
 * `npm start` runs this before the bot: it compiles TypeScript (`npm run build`) only when the
 * sources changed since the last build, which saves the ~10 s of `tsc` on every other start.
 * "Changed" is a hash of what the compiler reads (src/**\/*.ts, the tsconfigs, the lockfile for
 * the TypeScript version), stored in dist/.build-hash after a successful build. Plain JavaScript,
 * so it runs before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const STAMP = join(ROOT, 'dist', '.build-hash');
const INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** Every .ts file under `dir`, in a stable order. @param {string} dir @returns {string[]} */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The hash of every input's path and content. */
function sourceHash() {
  const hash = createHash('sha256');
  for (const file of [...sources(join(ROOT, 'src')), ...INPUTS.map((name) => join(ROOT, name))]) {
    if (!existsSync(file)) continue;
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** True when dist/ was built from exactly these sources. @param {string} hash */
function upToDate(hash) {
  return (
    existsSync(join(ROOT, 'dist', 'main.js')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash
  );
}

const hash = sourceHash();
if (!upToDate(hash)) {
  process.stdout.write('Compiling TypeScript (the sources changed since the last build)…\n');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(STAMP, hash);
}
