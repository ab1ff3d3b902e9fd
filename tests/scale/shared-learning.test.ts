import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelMessage } from '../support/channel-events.js';
import { postgresInstanceStores } from '../support/claims-db.js';
import { freshPostgresDatabase } from '../support/postgres.js';
import { SharedInstances } from '../support/shared-instances.js';

const GAP = 'which badge looks nicer on linkedin?';

async function feedbackRows(url: string): Promise<{ user_id: string; helpful: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SELECT user_id, helpful FROM feedback')).rows;
  } finally {
    await client.end();
  }
}

describe('two instances sharing feedback and lessons through one PostgreSQL', () => {
  let bots: SharedInstances;
  let url: string;
  beforeEach(async () => {
    url = await freshPostgresDatabase('learning');
    bots = await SharedInstances.start({ stores: () => postgresInstanceStores(url, { learning: true }) });
  });
  afterEach(() => bots.stop());

  const learningOf = (instance: number) => bots.instances[instance]!.stores.learning!;

  it('keeps one vote when the same person clicks 👍 on A and again on B', async () => {
    const ts = '1700000900.000100';
    const event = channelMessage(ts, 'app_mention');
    await bots.event(event, { eventId: 'Ev0FEEDBACK1' });
    await bots.settle();
    const answer = bots.emulator.workspace.messages({ threadTs: ts }).find((message) => message.botId);
    for (const instance of [0, 1]) {
      bots.route({ kind: 'to', instance });
      await bots.click(answer!.ts, 'certpath.feedback.helpful');
    }
    await bots.settle();
    for (const instance of [0, 1]) await learningOf(instance).drain();
    expect(await feedbackRows(url)).toEqual([{ user_id: 'U0HUMAN', helpful: 1 }]);
  });

  it('answers on B, within seconds, a question an admin taught on A', async () => {
    const titleOnB = async () => {
      bots.route({ kind: 'to', instance: 1 });
      const { ackMessage } = await bots.command(GAP);
      return ackMessage?.text ?? '';
    };
    expect(await titleOnB()).not.toMatch(/pays more/i);
    learningOf(0).teach({
      question: GAP,
      guideId: 'aws-architect-vs-developer',
      sectionId: 'salary',
      taughtBy: 'U0HUMAN',
    });
    await learningOf(0).drain();
    // B reloads lessons every 2 s (SHARED_REFRESH_MS); ask until it has, for at most 10 s.
    let answer = '';
    const deadline = Date.now() + 10_000;
    while (!/pays more/i.test(answer) && Date.now() < deadline) {
      answer = await titleOnB();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(answer).toMatch(/pays more/i);
  });
});
