import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';
import { copyContent } from '../support/content-copy.js';
import { fakeIo } from '../support/fake-io.js';

const GUIDE = 'aws-architect-vs-developer';
let dataDir: string;
let content: ReturnType<typeof copyContent>;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'certpath-cli-store-'));
  content = copyContent();
  process.env.CERTPATH_DATA_DIR = dataDir;
});
afterEach(() => {
  delete process.env.CERTPATH_DATA_DIR;
  rmSync(dataDir, { recursive: true, force: true });
  content.cleanup();
});

async function run(...args: string[]) {
  const io = fakeIo([], content.dir);
  const code = await main([...args, ...(args[0] === 'content' && args[1] === 'check' ? [] : [])], io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

async function seed(): Promise<void> {
  const store = await openStore({ kind: 'sqlite', dataDir });
  const at = new Date().toISOString();
  const asked = { teamId: 'T', userId: 'U1', surface: 'slash' as const, outcome: 'not-covered' as const, at };
  await store.recordUnanswered({
    ...asked,
    question: '=HYPERLINK("x"), "quoted"',
    normalized: 'hyperlink x quoted',
  });
  await store.recordUnanswered({
    ...asked,
    question: 'bell\u0007 and\nnewline',
    normalized: 'bell and newline',
  });
  const vote = { teamId: 'T', question: 'q', guideId: GUIDE, confidence: 0.9, at };
  await store.recordFeedback({
    ...vote,
    userId: 'U1',
    messageKey: 'm1',
    sectionId: 'salary',
    helpful: false,
  });
  await store.recordFeedback({ ...vote, userId: 'U2', messageKey: 'm2', sectionId: 'salary', helpful: true });
  await store.recordFeedback({
    ...vote,
    userId: 'U1',
    messageKey: 'm3',
    sectionId: 'difficulty',
    helpful: false,
  });
  await store.close();
}

describe('certpath teach and content learn', () => {
  it('fold a lesson into the section file, keeping the rest of it byte for byte, and content check still passes', async () => {
    const file = join(content.dir, GUIDE, 'salary.md');
    const before = readFileSync(file, 'utf8');
    expect((await run('teach', 'Which one earns more money?', 'salary', '--content', content.dir)).code).toBe(
      0,
    );
    const dry = await run('content', 'learn', '--content', content.dir);
    expect(dry.out).toContain('would add: "Which one earns more money?"');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect((await run('content', 'learn', '--write', '--content', content.dir)).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    const added = after.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(added).toEqual(['  - Which one earns more money?']);
    expect(after.replace('  - Which one earns more money?\n', '')).toBe(before);
    expect((await run('content', 'check', content.dir)).code).toBe(0);
    expect((await run('content', 'learn', '--write', '--content', content.dir)).out).toContain(
      'already there',
    );
  });

  it('refuse a section that does not exist, as a usage error', async () => {
    const result = await run('teach', 'anything?', 'no-such-section', '--content', content.dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain("no section 'no-such-section'");
  });
});

describe('certpath report', () => {
  it("prints the issue's JSON, sections ranked by share of 👎", async () => {
    await seed();
    const { code, out } = await run('report', '--json', '--content', content.dir);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report.unanswered[0]).sort()).toEqual([
      'bestGuess',
      'count',
      'lastSeen',
      'outcome',
      'question',
    ]);
    expect(report.feedback).toEqual([
      { guide: GUIDE, section: 'difficulty', helpful: 0, unhelpful: 1 },
      { guide: GUIDE, section: 'salary', helpful: 1, unhelpful: 1 },
    ]);
  });

  it('quotes CSV cells and defuses spreadsheet formulas', async () => {
    await seed();
    const { out } = await run('report', '--csv', '--content', content.dir);
    expect(out.split('\n')[0]).toBe(
      'kind,question,count,last_seen,outcome,guide,section,confidence,helpful,unhelpful,fix',
    );
    expect(out).toContain(`"'=HYPERLINK(""x""), ""quoted"""`);
  });

  it('shows control characters as visible escapes at the terminal, with a fix for each line', async () => {
    await seed();
    const { out } = await run('report', '--since', '7d', '--content', content.dir);
    expect(out).toContain('bell\\x07 and newline');
    expect(out).toContain('fix: not in the guide');
    expect(out).toContain('fix: review difficulty');
  });

  it('rejects a malformed --since', async () => {
    expect((await run('report', '--since', 'last week', '--content', content.dir)).code).toBe(2);
  });
});
