import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/content/content-error.js';
import { checkContent, loadContent } from '../../../src/core/content/load-content.js';
import { CONTENT_DIR, copyContent, DEFAULT_GUIDE } from '../../support/content-copy.js';

/** The section ids of the default guide: a public contract (shared/guide-outline.md). */
const OUTLINE_IDS = [
  'overview',
  'levels',
  'architect',
  'developer',
  'focus-areas',
  'services',
  'skills',
  'skills-matrix',
  'technical-depth',
  'exam-questions',
  'coding',
  'difficulty',
  'job-roles',
  'career-path',
  'salary',
  'choose',
  'both',
  'learning-path',
  'study-tips',
];

describe('loadContent', () => {
  it('loads the default guide with exactly the section ids of the public outline', () => {
    const [guide] = loadContent(CONTENT_DIR);
    expect(guide?.id).toBe(DEFAULT_GUIDE);
    expect(OUTLINE_IDS).toHaveLength(19);
    expect(guide?.sections.map((section) => section.id).sort()).toEqual([...OUTLINE_IDS].sort());
  });

  it("lists sections in the guide's order, overview first", () => {
    const ids = loadContent(CONTENT_DIR)[0]?.sections.map((section) => section.id);
    expect(ids?.slice(0, 3)).toEqual(['overview', 'difficulty', 'choose']);
    expect(ids?.at(-1)).toBe('developer');
  });

  it('keeps all seven skill ratings of the skills matrix', () => {
    const matrix = loadContent(CONTENT_DIR)[0]?.sections.find((section) => section.id === 'skills-matrix');
    expect(matrix?.rated).toBe(true);
    expect(matrix?.comparison.map((row) => [row.aspect, row.cells.architect, row.cells.developer])).toEqual([
      ['Cloud Architecture', 'Very High', 'Medium'],
      ['Programming', 'Low', 'High'],
      ['Networking', 'High', 'Medium'],
      ['DevOps Tools', 'Medium', 'High'],
      ['Infrastructure Design', 'Very High', 'Medium'],
      ['API Development', 'Low', 'High'],
      ['Security Architecture', 'High', 'Medium'],
    ]);
  });

  it('loads a second guide alongside the default one', () => {
    const copy = copyContent();
    try {
      cpSync(join(import.meta.dirname, '..', '..', 'fixtures', 'content'), copy.dir, { recursive: true });
      const guides = loadContent(copy.dir);
      expect(guides.map((guide) => guide.id)).toContain(DEFAULT_GUIDE);
      expect(guides.length).toBeGreaterThanOrEqual(2);
    } finally {
      copy.cleanup();
    }
  });
});

describe('checkContent', () => {
  let copy: ReturnType<typeof copyContent> | undefined;
  afterEach(() => copy?.cleanup());

  /** Breaks one file of a fresh copy and returns the problems, formatted as the CLI prints them. */
  function problemsAfter(file: string, change: (text: string) => string): string[] {
    copy = copyContent();
    copy.edit(join(DEFAULT_GUIDE, file), change);
    return checkContent(copy.dir, copy.dir).problems.map(formatProblem);
  }

  it('reports malformed YAML with its file and line', () => {
    const problems = problemsAfter('salary.md', (text) => text.replace('title:', 'title: [unclosed'));
    expect(problems).toEqual([
      expect.stringMatching(/^aws-architect-vs-developer\/salary\.md:[34]: malformed YAML/),
    ]);
  });

  it('reports an unknown field with file, line and field name', () => {
    const problems = problemsAfter('salary.md', (text) => text.replace('title:', 'colour: blue\ntitle:'));
    expect(problems).toEqual(['aws-architect-vs-developer/salary.md:3: colour: unknown field']);
  });

  it('reports a missing required field', () => {
    const problems = problemsAfter('salary.md', (text) =>
      text.replace(/^summary:[^\n]*\n(\s+[^\n]*\n)*/m, ''),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^aws-architect-vs-developer\/salary\.md:\d+: summary: missing required field$/),
    ]);
  });

  it('reports a duplicate section id in the second file', () => {
    const problems = problemsAfter('salary.md', (text) => text.replace('id: salary', 'id: coding'));
    expect(problems).toContainEqual(
      expect.stringMatching(/salary\.md:2: id: duplicate section id 'coding' \(also in .*coding\.md\)/),
    );
  });

  it('reports a related id that does not exist', () => {
    const problems = problemsAfter('salary.md', (text) => text.replace(/related: \[/, 'related: [nowhere, '));
    expect(problems).toEqual([
      expect.stringMatching(/salary\.md:\d+: related\[0\]: no section with id 'nowhere'/),
    ]);
  });

  it('reports a comparison row missing a side', () => {
    const problems = problemsAfter('skills-matrix.md', (text) => text.replace('    developer: High\n', ''));
    expect(problems).toEqual([
      expect.stringMatching(/skills-matrix\.md:\d+: comparison\[1\]: row is missing side 'developer'/),
    ]);
  });

  it('reports a rating outside the scale', () => {
    const problems = problemsAfter('skills-matrix.md', (text) =>
      text.replace('architect: Low', 'architect: Extreme'),
    );
    expect(problems[0]).toMatch(
      /skills-matrix\.md:\d+: comparison\[1\]\.architect: rating 'Extreme' is not on the scale/,
    );
  });

  it('reports an order entry that names no section', () => {
    const problems = problemsAfter('guide.yml', (text) =>
      text.replace('order: [overview,', 'order: [overveiw,'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/guide\.yml:\d+: order\[0\]: no section with id 'overveiw'/),
    ]);
  });

  it('reports a guide.yml problem with its line', () => {
    const problems = problemsAfter('guide.yml', (text) => text.replace('label: Architect', 'label: 42'));
    expect(problems[0]).toMatch(/guide\.yml:\d+: sides\[0\]\.label: /);
  });

  it('reports unnamedKeywords that are not a list of phrases with the topic and field', () => {
    const problems = problemsAfter('guide.yml', (text) =>
      text.replace('    unnamedKeywords:\n', '    unnamedKeywords: 42\n    oldKeywords:\n'),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/guide\.yml:\d+: notCovered\[\d+\]\.unnamedKeywords: /),
    );
  });

  it('reports an unnamed keyword that names the certifications, which no question could ever match', () => {
    const problems = problemsAfter('guide.yml', (text) =>
      text.replace(
        '    unnamedKeywords:\n',
        '    unnamedKeywords:\n      - do certs matter\n      - dva codes\n',
      ),
    );
    const unreachable = problems.filter((problem) => problem.includes('can never match'));
    expect(unreachable).toHaveLength(2);
    expect(unreachable[0]).toMatch(
      /guide\.yml:\d+: notCovered\[\d+\]\.unnamedKeywords\[0\]: 'do certs matter' can never match: 'certs' names the certifications/,
    );
    expect(unreachable[1]).toMatch(/unnamedKeywords\[1\]: 'dva codes' can never match: 'dva'/);
  });

  it('reports askedKeywords that are not a list of phrases with the topic and field', () => {
    const problems = problemsAfter('guide.yml', (text) =>
      text.replace('    askedKeywords:\n', '    askedKeywords: 42\n    placeKeywords:\n'),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/guide\.yml:\d+: notCovered\[\d+\]\.askedKeywords: /),
    );
  });

  it('reports a not-covered topic without any keyword, with its line', () => {
    const empty = problemsAfter('guide.yml', (text) =>
      text.replace(
        /(- topic: Other clouds' certifications, and exams in other fields\n {4}keywords:\n)(?: {6}- .*\n)+/,
        '$1      []\n',
      ),
    );
    expect(empty).toContainEqual(
      expect.stringMatching(
        /guide\.yml:\d+: notCovered\[\d+\]\.keywords: a topic needs at least one keyword/,
      ),
    );
  });

  it('collects every problem rather than stopping at the first', () => {
    copy = copyContent();
    copy.edit(join(DEFAULT_GUIDE, 'salary.md'), (text) => text.replace('title:', 'colour: blue\ntitle:'));
    copy.edit(join(DEFAULT_GUIDE, 'coding.md'), (text) => text.replace('title:', 'shade: red\ntitle:'));
    expect(checkContent(copy.dir, copy.dir).problems).toHaveLength(2);
  });

  it('reports front matter that is not closed', () => {
    const problems = problemsAfter('salary.md', (text) => text.replace(/\n---\n/, '\n'));
    expect(problems).toEqual([
      'aws-architect-vs-developer/salary.md:1: front matter is not closed: add a --- line after it',
    ]);
  });
});
