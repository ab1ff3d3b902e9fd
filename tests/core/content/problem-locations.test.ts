import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../src/core/content/content-error.js';
import { checkContent } from '../../../src/core/content/load-content.js';
import { copyContent, DEFAULT_GUIDE } from '../../support/content-copy.js';

const file = (name: string) => `${DEFAULT_GUIDE}/${name}`;

/**
 * Every kind of content problem says where it is: the file, and — wherever the problem sits in
 * a field — the line and the field's path, so an author can jump straight to it.
 */
describe('content problems name file, line and field', () => {
  let copy: ReturnType<typeof copyContent> | undefined;
  afterEach(() => copy?.cleanup());

  let edited = '';
  function problemsAfter(name: string, change: (text: string) => string): ContentProblem[] {
    copy = copyContent();
    copy.edit(join(DEFAULT_GUIDE, name), (text) => {
      edited = change(text);
      return edited;
    });
    return checkContent(copy.dir, copy.dir).problems;
  }

  /** The 1-based line of the edited file where `marker` first appears. */
  const lineOf = (marker: string) => {
    const index = edited.indexOf(marker);
    if (index < 0) throw new Error(`"${marker}" is not in the edited file`);
    return edited.slice(0, index).split('\n').length;
  };

  const replace = (from: string | RegExp, to: string) => (text: string) => {
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`the test's edit did not apply: ${String(from)}`);
    return changed;
  };

  /** Kind, file, edit, the field at fault and the text on the line it is reported at. */
  const fieldProblems: [string, string, (text: string) => string, { field: string; at: string }][] = [
    [
      'a field of the wrong type',
      'salary.md',
      replace('related: [', 'rated: sometimes\nrelated: ['),
      { field: 'rated', at: 'rated: sometimes' },
    ],
    [
      'a list where a sentence belongs',
      'salary.md',
      replace('title: Which', 'title:\n  - Which'),
      { field: 'title', at: '  - Which' },
    ],
    [
      'an unknown side',
      'architect.md',
      replace('side: architect', 'side: manager'),
      { field: 'side', at: 'side: manager' },
    ],
    [
      'a comparison column for an unknown side',
      'salary.md',
      replace('    developer: Also high-paying.', '    developer: Also high-paying.\n    manager: Less.'),
      { field: 'comparison[0].manager', at: 'manager: Less.' },
    ],
    [
      'a cell that is neither a sentence nor a list',
      'salary.md',
      replace('    developer: Also high-paying.', '    developer: { pay: high }'),
      { field: 'comparison[0].developer', at: '{ pay: high }' },
    ],
    [
      'a quiz option for an unknown side',
      'choose.md',
      replace('label: "Yes, most days", side: developer', 'label: "Yes, most days", side: manager'),
      { field: 'recommender.questions[0].options[0].side', at: 'side: manager' },
    ],
  ];

  for (const [kind, name, change, { field, at }] of fieldProblems) {
    it(`reports ${kind} with its file, line and field`, () => {
      const problems = problemsAfter(name, change);
      expect(problems).toEqual([expect.objectContaining({ file: file(name), line: lineOf(at), field })]);
    });
  }

  it('reports a guide id that differs from its folder with guide.yml, line and field', () => {
    const problems = problemsAfter('guide.yml', replace(`id: ${DEFAULT_GUIDE}`, 'id: another-guide'));
    expect(problems).toEqual([
      expect.objectContaining({ file: file('guide.yml'), line: lineOf('id: another-guide'), field: 'id' }),
    ]);
  });

  it('reports a default section that does not exist with guide.yml, line and field', () => {
    const problems = problemsAfter(
      'guide.yml',
      replace('defaultSection: overview', 'defaultSection: nowhere'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: file('guide.yml'),
        line: lineOf('defaultSection: nowhere'),
        field: 'defaultSection',
      }),
    ]);
  });

  it('reports a missing field of guide.yml with its line and field', () => {
    const problems = problemsAfter('guide.yml', replace(/^title: .*\n/m, ''));
    expect(problems).toEqual([
      expect.objectContaining({ file: file('guide.yml'), line: expect.any(Number), field: 'title' }),
    ]);
  });

  it('reports a key given twice with its file and the line of the repeat', () => {
    const problems = problemsAfter('salary.md', replace('related: [', 'title: Again\nrelated: ['));
    expect(problems).toEqual([
      expect.objectContaining({
        file: file('salary.md'),
        line: lineOf('title: Again'),
        message: expect.stringMatching(/malformed YAML/),
      }),
    ]);
  });

  // Problems with a whole file have no field to name: the file (and line 1) is where to look.
  it('reports a section file without front matter at its first line', () => {
    const problems = problemsAfter('salary.md', replace(/^---\n/, ''));
    expect(problems).toEqual([
      expect.objectContaining({
        file: file('salary.md'),
        line: 1,
        message: expect.stringMatching(/front matter/),
      }),
    ]);
  });

  it('reports front matter that is not a mapping at its first line', () => {
    const problems = problemsAfter('salary.md', () => '---\n- just\n- a list\n---\nbody\n');
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: file('salary.md'),
        line: 1,
        message: expect.stringMatching(/mapping/),
      }),
    );
  });

  it('reports a guide folder without guide.yml, and one without sections, by file', () => {
    copy = copyContent();
    mkdirSync(join(copy.dir, 'empty-guide'));
    mkdirSync(join(copy.dir, 'no-sections'));
    writeFileSync(
      join(copy.dir, 'no-sections', 'guide.yml'),
      'id: no-sections\ntitle: T\nsides:\n  - { id: a, label: A, name: A, code: A-1, emoji: ":a:" }\n  - { id: b, label: B, name: B, code: B-1, emoji: ":b:" }\nratingScale: [Low, High]\n',
    );
    const problems = checkContent(copy.dir, copy.dir).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'empty-guide/guide.yml',
        message: expect.stringMatching(/missing guide\.yml/),
      }),
      expect.objectContaining({ file: 'no-sections', message: expect.stringMatching(/no section files/) }),
    ]);
  });
});
