import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store, type StoreKind } from '../../src/store/index.js';
import { freshPostgresDatabase } from '../support/postgres.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** Each case gets an empty store of the kind. */
async function emptyStore(kind: StoreKind): Promise<Store> {
  if (kind === 'memory') return openStore({ kind, dataDir: '' });
  if (kind === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'certpath-store-'));
    dirs.push(dir);
    return openStore({ kind, dataDir: dir });
  }
  return openStore({ kind, dataDir: '', databaseUrl: await freshPostgresDatabase('contract') });
}

const at = (day: number, minute = 0) => new Date(Date.UTC(2026, 10, day, 12, minute)).toISOString();

const vote = (overrides: Partial<Parameters<Store['recordFeedback']>[0]> = {}) => ({
  teamId: 'T1',
  userId: 'U1',
  messageKey: 'C1:1700000000.000100',
  question: 'which pays more?',
  guideId: 'aws',
  sectionId: 'salary',
  confidence: 0.92,
  helpful: false,
  at: at(10),
  ...overrides,
});

const asked = (question: string, normalized: string, day: number, overrides = {}) => ({
  teamId: 'T1',
  userId: 'U2',
  surface: 'slash' as const,
  question,
  normalized,
  outcome: 'not-covered' as const,
  at: at(day),
  ...overrides,
});

describe.each<StoreKind>(['memory', 'sqlite', 'postgres'])('the %s store', (kind) => {
  let store: Store;
  beforeEach(async () => {
    store = await emptyStore(kind);
    return () => store.close();
  });

  it('reports its kind and answers a ping', async () => {
    expect(store.kind).toBe(kind);
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('counts one vote per person per message, however often it is clicked', async () => {
    expect(await store.recordFeedback(vote())).toBe('created');
    expect(await store.recordFeedback(vote({ at: at(10, 1) }))).toBe('unchanged');
    expect(await store.feedbackTotals({ since: at(1) })).toEqual([
      { guideId: 'aws', sectionId: 'salary', helpful: 0, unhelpful: 1 },
    ]);
  });

  it('updates the vote when the person changes their mind', async () => {
    await store.recordFeedback(vote());
    expect(await store.recordFeedback(vote({ helpful: true, at: at(11) }))).toBe('changed');
    expect(await store.feedbackTotals({ since: at(1) })).toEqual([
      { guideId: 'aws', sectionId: 'salary', helpful: 1, unhelpful: 0 },
    ]);
  });

  it('counts different people and different messages separately', async () => {
    await store.recordFeedback(vote());
    await store.recordFeedback(vote({ userId: 'U9', helpful: true }));
    await store.recordFeedback(vote({ messageKey: 'C1:other' }));
    await store.recordFeedback(vote({ sectionId: 'difficulty', messageKey: 'C2:x', helpful: true }));
    const totals = await store.feedbackTotals({ since: at(1) });
    expect(totals.sort((a, b) => a.sectionId.localeCompare(b.sectionId))).toEqual([
      { guideId: 'aws', sectionId: 'difficulty', helpful: 1, unhelpful: 0 },
      { guideId: 'aws', sectionId: 'salary', helpful: 1, unhelpful: 2 },
    ]);
  });

  it('groups unanswered questions by normalised form, largest group first, with the latest wording', async () => {
    await store.recordUnanswered(asked('How much is the exam?', 'how much is the exam', 3));
    await store.recordUnanswered(
      asked('how much is the exam', 'how much is the exam', 5, {
        outcome: 'did-you-mean',
        bestGuess: { guideId: 'aws', sectionId: 'cost', confidence: 0.41 },
      }),
    );
    await store.recordUnanswered(asked('Is there a lab?', 'is there a lab', 6));
    const groups = await store.unansweredGroups({ since: at(1), limit: 10 });
    expect(groups).toEqual([
      {
        normalized: 'how much is the exam',
        question: 'how much is the exam',
        count: 2,
        lastSeen: at(5),
        outcome: 'did-you-mean',
        bestGuess: { guideId: 'aws', sectionId: 'cost', confidence: 0.41 },
      },
      {
        normalized: 'is there a lab',
        question: 'Is there a lab?',
        count: 1,
        lastSeen: at(6),
        outcome: 'not-covered',
      },
    ]);
  });

  it('writes several unanswered questions in one call, each counted', async () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      asked(`question ${i % 3}`, `question ${i % 3}`, 2 + (i % 5), { userId: `U${i}` }),
    );
    await store.recordUnanswered(...many);
    await store.recordUnanswered();
    const groups = await store.unansweredGroups({ since: at(1), limit: 10 });
    expect(groups.map((group) => [group.normalized, group.count]).sort()).toEqual([
      ['question 0', 50],
      ['question 1', 50],
      ['question 2', 50],
    ]);
  });

  it('leaves out questions before `since` and stops at the limit', async () => {
    await store.recordUnanswered(asked('old', 'old', 1));
    await store.recordUnanswered(asked('a', 'a', 5));
    await store.recordUnanswered(asked('b', 'b', 6));
    const groups = await store.unansweredGroups({ since: at(2), limit: 1 });
    expect(groups.map((group) => group.normalized)).toEqual(['b']);
  });

  it('keeps a 40 kB question, control characters, SQL and Slack markup as asked', async () => {
    const strange = `<!channel> *bold* \u0000\u0007 ' ; DROP TABLE unanswered; -- ${'é'.repeat(20_000)}`;
    await store.recordUnanswered(asked(strange, 'strange', 5));
    const [group] = await store.unansweredGroups({ since: at(1), limit: 5 });
    // PostgreSQL cannot keep U+0000, so every backend drops it (and only it).
    expect(group?.question).toBe(strange.replace('\u0000', ''));
  });

  it('stores a learned phrasing once per normalised question; teaching again replaces it', async () => {
    const phrasing = {
      question: 'Which one earns more?',
      normalized: 'which one earns more',
      guideId: 'aws',
      sectionId: 'salary',
      taughtBy: 'UADMIN',
      at: at(4),
    };
    await store.teach(phrasing);
    await store.teach({ ...phrasing, sectionId: 'difficulty', at: at(5) });
    expect(await store.learnedPhrasings()).toEqual([{ ...phrasing, sectionId: 'difficulty', at: at(5) }]);
  });

  it('keeps one topic suggestion per vote, with the rated question', async () => {
    await store.recordFeedback(vote());
    const suggestion = {
      teamId: 'T1',
      userId: 'U1',
      messageKey: vote().messageKey,
      guideId: 'aws',
      at: at(10, 2),
    };
    await store.recordSuggestion({ ...suggestion, sectionId: 'difficulty' });
    await store.recordSuggestion({ ...suggestion, sectionId: 'jobs', at: at(10, 3) });
    expect(await store.suggestionTotals({ since: at(1) })).toEqual([
      { guideId: 'aws', sectionId: 'jobs', question: 'which pays more?', count: 1, lastSeen: at(10, 3) },
    ]);
  });

  it('purges feedback, unanswered questions and suggestions older than the cut-off, never learned phrasings', async () => {
    await store.recordFeedback(vote({ at: at(1) }));
    await store.recordFeedback(vote({ messageKey: 'recent', at: at(20) }));
    await store.recordUnanswered(asked('old', 'old', 1));
    await store.recordUnanswered(asked('new', 'new', 20));
    await store.recordSuggestion({
      teamId: 'T1',
      userId: 'U1',
      messageKey: 'm',
      guideId: 'aws',
      sectionId: 'jobs',
      at: at(1),
    });
    await store.teach({
      question: 'q',
      normalized: 'q',
      guideId: 'aws',
      sectionId: 'jobs',
      taughtBy: 'U',
      at: at(1),
    });
    expect(await store.purge(at(10))).toBe(3);
    expect(await store.feedbackTotals({ since: at(0) })).toEqual([
      { guideId: 'aws', sectionId: 'salary', helpful: 0, unhelpful: 1 },
    ]);
    expect((await store.unansweredGroups({ since: at(0), limit: 9 })).map((g) => g.question)).toEqual([
      'new',
    ]);
    expect(await store.suggestionTotals({ since: at(0) })).toEqual([]);
    expect(await store.learnedPhrasings()).toHaveLength(1);
  });
});
