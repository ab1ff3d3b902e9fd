import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { createLearning, type Learning } from '../../src/store/learning.js';
import type { Store } from '../../src/store/store.js';
import { freshPostgresDatabase } from '../support/postgres.js';
import { SlackHarness } from '../support/slack-harness.js';

const logger = { warn: () => {}, info: () => {} };

/** Ends every connection to the database, as a PostgreSQL restart or failover would. */
async function dropConnections(databaseUrl: string): Promise<number> {
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  try {
    const name = new URL(databaseUrl).pathname.slice(1);
    const result = await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    );
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe('learning from use on PostgreSQL, through the Bolt app', () => {
  let databaseUrl: string;
  let store: Store;
  let learning: Learning;
  let slack: SlackHarness;
  beforeEach(async () => {
    databaseUrl = await freshPostgresDatabase('e2e');
    store = await openStore({ kind: 'postgres', dataDir: '', databaseUrl });
    learning = createLearning({ store, logger });
    slack = await SlackHarness.start({ learning });
  });
  afterEach(async () => {
    await slack.stop();
    await learning.stop();
  });

  it('stores an uncovered question and a 👎, and goes on writing after its connections are dropped', async () => {
    await slack.command('how much is the exam voucher in euros?');
    const { ackMessage } = await slack.command('which exam is harder?');
    await slack.click(ackMessage!.ts, 'certpath.feedback.not_helpful');
    await slack.settle();
    await learning.drain();
    expect(await dropConnections(databaseUrl)).toBeGreaterThan(0);
    const again = await slack.command('is there a hands-on lab in the exam at all?');
    expect(again.ackMessage?.text).toBeTruthy();
    await slack.settle();
    await learning.drain();
    const groups = await store.unansweredGroups({ since: '2000-01-01', limit: 10 });
    expect(groups.map((group) => group.count)).toEqual([1, 1]);
    expect(await store.feedbackTotals({ since: '2000-01-01' })).toEqual([
      expect.objectContaining({ sectionId: 'difficulty', helpful: 0, unhelpful: 1 }),
    ]);
  });
});
