import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/core/content/content-error.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { hashFiles, writeCached } from '../../../src/core/disk-cache.js';
import { copyContent, DEFAULT_GUIDE } from '../../support/content-copy.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function scratch(): { content: ReturnType<typeof copyContent>; cache: string } {
  const content = copyContent();
  const cache = mkdtempSync(join(tmpdir(), 'certpath-cache-test-'));
  cleanups.push(content.cleanup, () => rmSync(cache, { recursive: true, force: true }));
  return { content, cache };
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('content-'));

describe('the checked-content cache', () => {
  it('gives back exactly the guides that parsing and checking the files gives', () => {
    const { content, cache } = scratch();
    const checked = loadContent(content.dir, content.dir, false);
    expect(loadContent(content.dir, content.dir, cache)).toEqual(checked);
    expect(cacheFiles(cache)).toHaveLength(1);
    expect(loadContent(content.dir, content.dir, cache)).toEqual(checked);
    expect(cacheFiles(cache)).toHaveLength(1);
  });

  it('is read on the next start, and not once a content file changed', () => {
    const { content, cache } = scratch();
    loadContent(content.dir, content.dir, cache);
    const [file] = cacheFiles(cache);
    const path = join(cache, file!);
    // Mark the cached copy, so reading it shows.
    writeFileSync(path, readFileSync(path, 'utf8').replace('"title":"', '"title":"(cached) '));
    expect(loadContent(content.dir, content.dir, cache)[0]?.title).toMatch(/^\(cached\) /);

    content.edit(join(DEFAULT_GUIDE, 'salary.md'), (text) =>
      text.replace(/^title: .*$/m, 'title: Pay, compared'),
    );
    const [guide] = loadContent(content.dir, content.dir, cache);
    expect(guide?.title).not.toMatch(/^\(cached\) /);
    expect(guide?.sections.find((section) => section.id === 'salary')?.title).toBe('Pay, compared');
    expect(cacheFiles(cache)).toHaveLength(2);
  });

  it('never keeps content with problems: each start reports them again, with file and line', () => {
    const { content, cache } = scratch();
    content.edit(join(DEFAULT_GUIDE, 'coding.md'), (text) => text.replace('title:', 'shade: red\ntitle:'));
    for (let start = 0; start < 2; start++) {
      let error: unknown;
      try {
        loadContent(content.dir, content.dir, cache);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems[0]).toMatchObject({
        file: join(DEFAULT_GUIDE, 'coding.md'),
        field: 'shade',
      });
      expect((error as ContentError).problems[0]?.line).toBeGreaterThan(1);
    }
    expect(cacheFiles(cache)).toEqual([]);
  });

  it('checks the content again when the cached file is damaged, and replaces it', () => {
    const { content, cache } = scratch();
    const checked = loadContent(content.dir, content.dir, cache);
    const [file] = cacheFiles(cache);
    writeFileSync(join(cache, file!), '{"half a fi');
    expect(loadContent(content.dir, content.dir, cache)).toEqual(checked);
    expect(JSON.parse(readFileSync(join(cache, file!), 'utf8'))).toEqual(checked);
  });

  it('trims each kind of cached file on its own', () => {
    const { cache } = scratch();
    writeCached(cache, 'content', 'aaaa', '[]', 1);
    writeCached(cache, 'classifier', 'bbbb', '{}', 1);
    writeCached(cache, 'classifier', 'cccc', '{}', 1);
    expect(readdirSync(cache).sort()).toEqual(['classifier-cccc.json', 'content-aaaa.json']);
  });
});

describe('hashFiles, the key of the code a cached result was made with', () => {
  it('depends on the files named and their bytes, not on the order they are named in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'certpath-hash-files-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'a.js'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'b.js'), 'export const b = 2;\n');
    const both = hashFiles(dir, ['a.js', 'b.js']);
    expect(hashFiles(dir, ['b.js', 'a.js'])).toBe(both);
    expect(hashFiles(dir, ['a.js'])).not.toBe(both);
    writeFileSync(join(dir, 'b.js'), 'export const b = 3;\n');
    expect(hashFiles(dir, ['a.js', 'b.js'])).not.toBe(both);
    expect(() => hashFiles(dir, ['missing.js'])).toThrow();
  });
});
