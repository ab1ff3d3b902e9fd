import { afterEach, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/core/answer/answerer.js';
import { ERROR_WORDS, QUIZ_WORDS, quizPrivateMetadata } from '../../../src/core/render/index.js';
import { BOT } from '../../../src/playground/emulator/index.js';
import { CODE_MINDED, DESIGN_MINDED } from '../../core/recommend/recommend-fixtures.js';
import { actionIds, allText } from '../../support/blocks.js';
import { GUIDES, SlackHarness } from '../../support/slack-harness.js';
import { answersFor, certification, FIXTURE_GUIDES, fixtureGuide, openQuiz } from './quiz-session.js';

const [ARCHITECT, DEVELOPER] = GUIDES[0]!.sides;

describe('the quiz button', () => {
  let slack: SlackHarness;
  afterEach(() => slack.stop());

  it('on the choose answer opens the quiz, and the result is ephemeral in that channel', async () => {
    slack = await SlackHarness.start();
    const { ackMessage } = await slack.command('which cert is right for me?');
    expect(actionIds(ackMessage?.blocks)).toContain('certpath.quiz');
    await slack.click(ackMessage!.ts, 'certpath.quiz');
    const modal = await openQuiz(slack);
    await slack.submit(modal.id, answersFor(modal, CODE_MINDED));
    await slack.settle();
    const replies = slack.messages({ channel: 'C0GENERAL' });
    expect(replies).toHaveLength(2);
    expect(replies[1]).toMatchObject({ ephemeralTo: 'U0HUMAN' });
    expect(replies[1]?.text.startsWith(`Take the ${certification(DEVELOPER)} first`)).toBe(true);
  });

  it('on an answer in a thread sends the result, ephemerally, to that thread', async () => {
    slack = await SlackHarness.start();
    const { message } = await slack.say('C0GENERAL', `<@${BOT.userId}> which cert is right for me?`);
    await slack.settle();
    const answer = slack.messages({ threadTs: message.ts }).find((m) => m.botId)!;
    await slack.click(answer.ts, 'certpath.quiz');
    const modal = await openQuiz(slack);
    await slack.submit(modal.id, answersFor(modal, DESIGN_MINDED));
    await slack.settle();
    const result = slack.messages({ threadTs: message.ts }).filter((m) => m.ephemeralTo);
    expect(result).toHaveLength(1);
    expect(result[0]?.text.startsWith(`Take the ${certification(ARCHITECT)} first`)).toBe(true);
  });

  it('opens a fixture guide’s own quiz, and recommends from its own statements', async () => {
    slack = await SlackHarness.start({ answerer: () => createAnswerer(FIXTURE_GUIDES) });
    await slack.openHome();
    await slack.settle();
    const home = slack.emulator.workspace.views.home('U0HUMAN')!;
    await slack.click({ viewId: home.id }, 'certpath.quiz');
    const modal = await openQuiz(slack);
    const text = allText(modal.view.blocks as unknown[]);
    expect(text).toContain('I have configured BGP');
    expect(text).toContain('A service cannot reach its database. What do you check first?');
    expect(text).not.toContain('I enjoy system design');
    const answers = { statements: ['bgp', 'hybrid'], answers: { 'first-instinct': 'routes' } };
    const result = await slack.submit(modal.id, answersFor(modal, answers));
    await slack.settle();
    expect(result.outcome).toBe('updated');
    const [networking] = fixtureGuide('security-vs-networking').sides.slice(1);
    const shown = allText(slack.emulator.workspace.views.get(modal.id)!.view.blocks as unknown[]);
    expect(shown).toContain(`Take the *${networking!.name}*`);
  });

  it('says, only to the clicker, that a guide no longer loaded has no quiz', async () => {
    slack = await SlackHarness.start({ answerer: () => createAnswerer(FIXTURE_GUIDES) });
    const clicked = await slack.blockActions(
      slack.privateButtonClick({
        ts: '1700000000.000100',
        actionId: 'certpath.quiz',
        value: 'analytics-vs-ml',
      }),
    );
    expect(clicked.status).toBe(200);
    await slack.settle();
    expect(slack.messages({ channel: 'C0GENERAL' })).toMatchObject([
      { ephemeralTo: 'U0HUMAN', text: QUIZ_WORDS.noQuiz(fixtureGuide('analytics-vs-ml').title) },
    ]);
    expect(slack.emulator.calls('views.open')).toEqual([]);
  });

  it('apologizes where the result would have gone when the modal’s guide is gone', async () => {
    slack = await SlackHarness.start();
    await slack.command('quiz');
    const modal = await openQuiz(slack);
    modal.view.private_metadata = quizPrivateMetadata({ guideId: 'gone', channelId: 'C0GENERAL' });
    const result = await slack.submit(modal.id, answersFor(modal, DESIGN_MINDED));
    await slack.settle();
    expect(result.outcome).toBe('closed');
    expect(slack.messages({ channel: 'C0GENERAL' })).toMatchObject([
      { ephemeralTo: 'U0HUMAN', text: ERROR_WORDS.generic },
    ]);
    expect(slack.logs.some((line) => line.includes('quiz submission failed'))).toBe(true);
  });
});
