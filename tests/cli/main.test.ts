import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { validateMessage } from '../../src/core/block-kit/index.js';
import { copyContent, DEFAULT_GUIDE } from '../support/content-copy.js';
import { fakeIo } from '../support/fake-io.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('certpath ask', () => {
  it('answers "which exam is harder?" from difficulty, with both sides', async () => {
    const io = fakeIo([], ROOT);
    expect(await main(['ask', 'which exam is harder?'], io)).toBe(0);
    const printed = io.stdout.join('\n');
    expect(printed).toMatch(/harder/i);
    expect(printed).toContain('Architect');
    expect(printed).toContain('Developer');
  });

  it('prints one JSON line per question with the bot message, in stdin order', async () => {
    const io = fakeIo(
      [
        'which exam is harder?',
        '',
        'who earns more, architects or developers?',
        'the coffee machine is broken',
      ],
      ROOT,
    );
    expect(await main(['ask', '--json'], io)).toBe(0);
    const lines = io.stdout.map((line) => JSON.parse(line));
    expect(lines.map((line) => line.question)).toEqual([
      'which exam is harder?',
      'who earns more, architects or developers?',
      'the coffee machine is broken',
    ]);
    expect(lines[0].answer).toMatchObject({
      guide: DEFAULT_GUIDE,
      section: 'difficulty',
      title: expect.any(String),
    });
    expect(lines[0].answer.confidence).toBeGreaterThan(0);
    expect(lines[1].answer.section).toBe('salary');
    expect(lines[2].answer).toBeNull();
    for (const line of lines) {
      expect(Array.isArray(line.suggestions)).toBe(true);
      expect(validateMessage({ text: line.text, blocks: line.blocks })).toEqual([]);
    }
  });

  it('leaves text and blocks out when channel mode stays silent', async () => {
    const io = fakeIo([], ROOT);
    await main(['ask', '--json', '--mode', 'channel', 'lunch at noon?'], io);
    const line = JSON.parse(io.stdout[0]!);
    expect(line).toEqual({ question: 'lunch at noon?', answer: null, suggestions: [] });
  });

  it('rejects an unknown mode with exit code 2', async () => {
    const io = fakeIo([], ROOT);
    expect(await main(['ask', '--mode', 'loud', 'hi'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--mode must be direct or channel/);
  });
});

describe('certpath content', () => {
  let copy: ReturnType<typeof copyContent> | undefined;
  afterEach(() => copy?.cleanup());

  it('checks the default content and exits 0', async () => {
    const io = fakeIo([], ROOT);
    expect(await main(['content', 'check'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/ok: 1 guide, 19 sections/);
  });

  it('names the file and field of a broken copy and exits 1', async () => {
    copy = copyContent();
    copy.edit(join(DEFAULT_GUIDE, 'difficulty.md'), (text) => text.replace('title:', 'titel: oops\ntitle:'));
    copy.edit(join(DEFAULT_GUIDE, 'skills-matrix.md'), (text) =>
      text.replace('architect: Low', 'architect: Lowish'),
    );
    const io = fakeIo([], ROOT);
    expect(await main(['content', 'check', copy.dir], io)).toBe(1);
    const printed = io.stdout.join('\n');
    expect(printed).toMatch(/difficulty\.md:\d+: titel: unknown field/);
    expect(printed).toMatch(
      /skills-matrix\.md:\d+: comparison\[\d\]\.architect: rating 'Lowish' is not on the scale/,
    );
  });

  it('exports every guide and section as plain text JSON', async () => {
    const io = fakeIo([], ROOT);
    expect(await main(['content', 'export', '--json'], io)).toBe(0);
    const { guides } = JSON.parse(io.stdout.join(''));
    expect(guides[0]).toMatchObject({ id: DEFAULT_GUIDE, title: expect.any(String) });
    expect(guides[0].sides.map((side: { code: string }) => side.code)).toEqual(['SAA-C03', 'DVA-C02']);
    const matrix = guides[0].sections.find((section: { id: string }) => section.id === 'skills-matrix');
    expect(matrix.text).toContain('Very High');
    expect(matrix.text).not.toMatch(/[<>*]/);
  });
});

describe('certpath', () => {
  it('prints help with --help and exits 0', async () => {
    const io = fakeIo([], ROOT);
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/certpath ask/);
  });

  it.each([[['frobnicate']], [['ask', '--loud']], [['content', 'polish']], [['content', 'export']]])(
    'exits 2 with a clear error on %j',
    async (args) => {
      const io = fakeIo([], ROOT);
      expect(await main(args, io)).toBe(2);
      expect(io.stderr.join('\n')).toMatch(/^certpath: .+\nRun 'certpath --help' for usage\.$/);
    },
  );
});
