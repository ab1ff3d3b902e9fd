import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main as cli } from '../../src/cli/main.js';
import { LEARNING_IDS } from '../../src/core/render/learning-ids.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createLearning, type Learning } from '../../src/store/learning.js';
import { allText } from '../support/blocks.js';
import { fakeIo } from '../support/fake-io.js';
import { SlackHarness } from '../support/slack-harness.js';

const UNCOVERED = 'how much is the exam voucher in euros?';
const logger = { warn: () => {}, info: () => {} };

describe('learning from use, end to end through the Bolt app (SQLite store)', () => {
  let dataDir: string;
  let store: Store;
  let learning: Learning;
  let slack: SlackHarness;

  async function start(admins: string[] = ['U0HUMAN']): Promise<void> {
    store = await openStore({ kind: 'sqlite', dataDir });
    learning = createLearning({ store, logger, admins });
    await learning.refresh();
    slack = await SlackHarness.start({ learning });
  }
  async function stop(): Promise<void> {
    await slack.stop();
    await learning.stop();
  }
  async function settled(): Promise<void> {
    await slack.settle();
    await learning.drain();
  }

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'certpath-e2e-'));
    await start();
  });
  afterEach(async () => {
    await stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('shows a slash question the guide does not cover in certpath report', async () => {
    await slack.command(UNCOVERED);
    await slack.command('How much is the exam voucher in EUROS');
    await settled();
    const io = fakeIo();
    const previous = process.env.CERTPATH_DATA_DIR;
    process.env.CERTPATH_DATA_DIR = dataDir;
    try {
      expect(await cli(['report', '--json'], io)).toBe(0);
    } finally {
      if (previous === undefined) delete process.env.CERTPATH_DATA_DIR;
      else process.env.CERTPATH_DATA_DIR = previous;
    }
    const report = JSON.parse(io.stdout.join('\n'));
    expect(report.unanswered).toEqual([
      expect.objectContaining({
        question: 'How much is the exam voucher in EUROS',
        count: 2,
        outcome: 'not-covered',
      }),
    ]);
  });

  it('never keeps a message it only overheard in a channel', async () => {
    await slack.say('C0GENERAL', 'how much is the exam voucher in euros anyway?');
    await settled();
    expect(await store.unansweredGroups({ since: '2000-01-01', limit: 10 })).toEqual([]);
  });

  it('stores a 👎 once when it is clicked twice, and updates it when the person changes their mind', async () => {
    const { ackMessage } = await slack.command('which exam is harder?');
    const value = feedbackValue(ackMessage!.blocks);
    await slack.click(ackMessage!.ts, 'certpath.feedback.not_helpful');
    await settled();
    // The private answer lost its buttons; a second delivery of the same click changes nothing.
    await slack.blockActions(
      slack.privateButtonClick({
        ts: ackMessage!.ts,
        actionId: 'certpath.feedback.not_helpful',
        value,
        blockId: 'feedback',
      }),
    );
    await settled();
    expect(await store.feedbackTotals({ since: '2000-01-01' })).toEqual([
      { guideId: 'aws-architect-vs-developer', sectionId: 'difficulty', helpful: 0, unhelpful: 1 },
    ]);
    await slack.blockActions(
      slack.privateButtonClick({
        ts: ackMessage!.ts,
        actionId: 'certpath.feedback.helpful',
        value,
        blockId: 'feedback',
      }),
    );
    await settled();
    expect(await store.feedbackTotals({ since: '2000-01-01' })).toEqual([
      { guideId: 'aws-architect-vs-developer', sectionId: 'difficulty', helpful: 1, unhelpful: 0 },
    ]);
  });

  it('keeps the topic picked after a 👎 as a suggestion for admins', async () => {
    const { ackMessage } = await slack.command('which exam is harder?');
    await slack.click(ackMessage!.ts, 'certpath.feedback.not_helpful');
    await settled();
    const followUp = slack
      .messages()
      .find((m) => JSON.stringify(m.blocks ?? []).includes(LEARNING_IDS.feedbackTopic))!;
    expect(followUp.ephemeralTo).toBe('U0HUMAN');
    await slack.choose(followUp.ts, LEARNING_IDS.feedbackTopic, ['study-tips']);
    await settled();
    expect(await store.suggestionTotals({ since: '2000-01-01' })).toEqual([
      expect.objectContaining({ sectionId: 'study-tips', question: 'which exam is harder?', count: 1 }),
    ]);
    expect(allText(slack.emulator.workspace.message(followUp.ts)?.blocks)).toContain('you were looking for');
  });

  it("answers the same question with the admin's pick from App Home on the next slash command", async () => {
    await slack.command(UNCOVERED);
    await settled();
    await slack.openHome();
    await settled();
    const home = slack.emulator.workspace.views.home('U0HUMAN')!;
    expect(allText(home.view.blocks as unknown[])).toContain('Content gaps');
    expect(allText(home.view.blocks as unknown[])).toContain(UNCOVERED);
    await slack.choose({ viewId: home.id }, `${LEARNING_IDS.teachGap}.0`, [
      'aws-architect-vs-developer/study-tips',
    ]);
    await settled();
    const { ackMessage } = await slack.command(UNCOVERED);
    expect(JSON.parse(feedbackValue(ackMessage?.blocks))).toMatchObject({ s: 'study-tips', c: 1 });
    const variant = await slack.command('How much is the exam voucher in euros');
    expect(JSON.parse(feedbackValue(variant.ackMessage?.blocks))).toMatchObject({ s: 'study-tips' });
    // Published again, the panel says what was taught and no longer lists the question as a gap.
    const after = slack.emulator.workspace.views.home('U0HUMAN')!.view.blocks as unknown[];
    expect(allText(after)).toContain('is now answered with');
    expect(JSON.stringify(after)).not.toContain('certpath.gap|how much is the exam voucher in euros');
  });

  it('keeps everything across a restart', async () => {
    await slack.command(UNCOVERED);
    const { ackMessage } = await slack.command('which exam is harder?');
    await slack.click(ackMessage!.ts, 'certpath.feedback.helpful');
    learning.teach({
      question: 'is there a lab?',
      guideId: 'aws-architect-vs-developer',
      sectionId: 'exam-questions',
      taughtBy: 'U0HUMAN',
    });
    await settled();
    await stop();
    await start();
    expect(await store.unansweredGroups({ since: '2000-01-01', limit: 5 })).toHaveLength(1);
    expect(await store.feedbackTotals({ since: '2000-01-01' })).toEqual([
      expect.objectContaining({ helpful: 1, unhelpful: 0 }),
    ]);
    const { ackMessage: taught } = await slack.command('is there a lab?');
    expect(JSON.parse(feedbackValue(taught?.blocks))).toMatchObject({ s: 'exam-questions' });
  });
});

describe('the Content gaps panel, for someone not in CERTPATH_ADMINS', () => {
  let learning: Learning;
  let slack: SlackHarness;
  beforeEach(async () => {
    learning = createLearning({
      store: await openStore({ kind: 'memory', dataDir: '' }),
      logger,
      admins: ['U0ADMIN'],
    });
    slack = await SlackHarness.start({ learning });
  });
  afterEach(async () => {
    await slack.stop();
    await learning.stop();
  });

  it('is not shown, and a forged pick is refused', async () => {
    await slack.command(UNCOVERED);
    await slack.openHome();
    await slack.settle();
    await learning.drain();
    const home = slack.emulator.workspace.views.home('U0HUMAN')!;
    expect(allText(home.view.blocks as unknown[])).not.toContain('Content gaps');
    await slack.blockActions({
      type: 'block_actions',
      user: { id: 'U0HUMAN', team_id: 'T0CERTPATH' },
      team: { id: 'T0CERTPATH' },
      container: { type: 'view', view_id: home.id },
      view: home.view,
      actions: [
        {
          type: 'static_select',
          action_id: `${LEARNING_IDS.teachGap}.0`,
          block_id: `certpath.gap|${'how much is the exam voucher in euros'}`,
          selected_option: {
            text: { type: 'plain_text', text: 'Salary' },
            value: 'aws-architect-vs-developer/salary',
          },
          action_ts: '1.2',
        },
      ],
    });
    await slack.settle();
    await learning.drain();
    expect(learning.phrasebook.size).toBe(0);
    expect(slack.logs.some((line) => line.includes('not in CERTPATH_ADMINS'))).toBe(true);
    const { ackMessage } = await slack.command(UNCOVERED);
    expect(ackMessage?.text).not.toContain('pay');
  });
});

/** The feedback value on a rendered answer's button. */
function feedbackValue(blocks: readonly unknown[] | undefined): string {
  const json = JSON.stringify(blocks ?? []);
  const match = /"action_id":"certpath\.feedback\.not_helpful","value":("(?:[^"\\]|\\.)*")/.exec(json);
  return JSON.parse(match?.[1] ?? '""');
}
