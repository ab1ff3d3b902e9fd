import { afterEach, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/core/answer/answerer.js';
import { validateView } from '../../../src/core/block-kit/index.js';
import { parseQuizPrivateMetadata, QUIZ_CALLBACK_ID, QUIZ_WORDS } from '../../../src/core/render/index.js';
import { allText } from '../../support/blocks.js';
import { GUIDES, SlackHarness } from '../../support/slack-harness.js';
import { elements, FIXTURE_GUIDES, fixtureGuide, openQuiz } from './quiz-session.js';

describe('/certpath quiz', () => {
  let slack: SlackHarness;
  afterEach(() => slack.stop());

  it('opens the quiz modal with an empty ack, so nothing shows in the channel', async () => {
    slack = await SlackHarness.start();
    const result = await slack.command('quiz');
    expect(result.status).toBe(200);
    expect(result.ackMessage).toBeUndefined();
    const modal = await openQuiz(slack);
    expect(modal.view).toMatchObject({ type: 'modal', callback_id: QUIZ_CALLBACK_ID });
    expect(slack.replies()).toEqual(['views.open']);
    expect(slack.messages()).toEqual([]);
  });

  it('opens a modal that is valid Block Kit, with at most ten checkboxes a group', async () => {
    slack = await SlackHarness.start();
    await slack.command('quiz');
    const modal = await openQuiz(slack);
    expect(slack.emulator.calls('views.open')[0]?.response).toMatchObject({ ok: true });
    expect(validateView(modal.view)).toEqual([]);
    const { recommender } = GUIDES[0]!.sections.find((section) => section.recommender)!;
    const statements = elements(modal).filter((element) => element.action_id?.includes('.statements.'));
    expect(statements.length).toBeGreaterThan(1);
    for (const group of statements) expect(group.options!.length).toBeLessThanOrEqual(10);
    expect(statements.flatMap((group) => group.options!.map((option) => option.value)).sort()).toEqual(
      recommender!.statements.map((statement) => statement.id).sort(),
    );
  });

  it('remembers the channel it was typed in, for the result', async () => {
    slack = await SlackHarness.start();
    await slack.command('quiz', { channel: 'C0GENERAL' });
    const modal = await openQuiz(slack);
    expect(parseQuizPrivateMetadata(String(modal.view.private_metadata))).toEqual({
      guideId: GUIDES[0]!.id,
      channelId: 'C0GENERAL',
    });
  });

  it('opens the quiz of the guide named after it, or else of the first guide that has one', async () => {
    slack = await SlackHarness.start({ answerer: () => createAnswerer([...GUIDES, ...FIXTURE_GUIDES]) });
    await slack.command('quiz');
    const first = await openQuiz(slack);
    expect(parseQuizPrivateMetadata(String(first.view.private_metadata))?.guideId).toBe(GUIDES[0]!.id);
    slack.emulator.workspace.views.closeView(first);
    await slack.command('QUIZ security-vs-networking');
    const named = await openQuiz(slack);
    expect(allText(named.view.blocks as unknown[])).toContain('I have configured BGP');
  });

  it('says that a guide without recommender data has no quiz, and opens nothing', async () => {
    slack = await SlackHarness.start({ answerer: () => createAnswerer(FIXTURE_GUIDES) });
    const result = await slack.command('quiz analytics-vs-ml');
    expect(result.body).toEqual({
      response_type: 'ephemeral',
      text: QUIZ_WORDS.noQuiz(fixtureGuide('analytics-vs-ml').title),
    });
    expect(result.ackMessage).toMatchObject({ ephemeralTo: 'U0HUMAN' });
    await slack.settle();
    expect(slack.replies()).toEqual([]);
  });

  it('says so when no guide has a quiz', async () => {
    slack = await SlackHarness.start({
      answerer: () => createAnswerer([fixtureGuide('analytics-vs-ml')]),
    });
    const result = await slack.command('quiz');
    expect(result.body).toEqual({ response_type: 'ephemeral', text: QUIZ_WORDS.noQuizzes });
  });

  it('names the guides that have a quiz when asked for one it does not know', async () => {
    slack = await SlackHarness.start({ answerer: () => createAnswerer(FIXTURE_GUIDES) });
    const result = await slack.command('quiz azure-vs-gcp');
    expect(result.body).toEqual({
      response_type: 'ephemeral',
      text: QUIZ_WORDS.unknownGuide('azure-vs-gcp', '`security-vs-networking`'),
    });
  });

  it('still answers questions that merely mention a quiz', async () => {
    slack = await SlackHarness.start();
    const result = await slack.command('is there a quiz in the exam?');
    await slack.settle();
    expect(slack.emulator.calls('views.open')).toEqual([]);
    expect(result.ackMessage).toMatchObject({ ephemeralTo: 'U0HUMAN' });
  });
});
