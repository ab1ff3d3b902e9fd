import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** The script in a one-file project of its own, with the real TypeScript. */
describe('scripts/build-if-stale.mjs (npm start)', () => {
  let project: string;
  const run = () =>
    execFileSync(process.execPath, [join(project, 'scripts/build-if-stale.mjs')], { encoding: 'utf8' });
  const builtAt = () => statSync(join(project, 'dist/main.js')).mtimeMs;

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'certpath-build-test-'));
    mkdirSync(join(project, 'scripts'));
    mkdirSync(join(project, 'src'));
    mkdirSync(join(project, 'node_modules'));
    copyFileSync(join(ROOT, 'scripts/build-if-stale.mjs'), join(project, 'scripts/build-if-stale.mjs'));
    symlinkSync(join(ROOT, 'node_modules/typescript'), join(project, 'node_modules/typescript'));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: true, types: [] } }),
    );
    writeFileSync(
      join(project, 'tsconfig.build.json'),
      JSON.stringify({
        extends: './tsconfig.json',
        compilerOptions: { outDir: 'dist', rootDir: 'src' },
        include: ['src'],
      }),
    );
    writeFileSync(join(project, 'src/main.ts'), 'export const answer: number = 42;\n');
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('compiles when nothing was built yet', () => {
    expect(run()).toMatch(/Compiling TypeScript/);
    expect(builtAt()).toBeGreaterThan(0);
  }, 60_000);

  it('does not compile again when no source changed', () => {
    const before = builtAt();
    expect(run()).toBe('');
    expect(builtAt()).toBe(before);
  });

  it('compiles again after a source changed', () => {
    writeFileSync(join(project, 'src/main.ts'), 'export const answer: number = 43;\n');
    expect(run()).toMatch(/Compiling TypeScript/);
    expect(
      execFileSync(
        process.execPath,
        ['-p', `require(${JSON.stringify(join(project, 'dist/main.js'))}).answer`],
        { encoding: 'utf8' },
      ).trim(),
    ).toBe('43');
  }, 60_000);
});
