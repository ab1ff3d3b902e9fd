import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  QUIZ_BLOCK_IDS,
  QUIZ_ERROR_BLOCK_ID,
  QUIZ_WORDS,
  RECOMMENDATION_WORDS,
} from '../../../src/core/render/index.js';
import { CODE_MINDED, DESIGN_MINDED, MIXED } from '../../core/recommend/recommend-fixtures.js';
import { actionIds, allText } from '../../support/blocks.js';
import { GUIDES, SlackHarness } from '../../support/slack-harness.js';
import { answersFor, certification, elements, openQuiz } from './quiz-session.js';

const [ARCHITECT, DEVELOPER] = GUIDES[0]!.sides;

describe('submitting the quiz', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  /** Opens the quiz with `/certpath quiz` in #general and submits these choices. */
  async function takeQuiz(input: Parameters<typeof answersFor>[1]) {
    await slack.command('quiz', { channel: 'C0GENERAL' });
    const modal = await openQuiz(slack);
    const result = await slack.submit(modal.id, answersFor(modal, input));
    await slack.settle();
    return { modal, result };
  }

  it('recommends the Architect to someone design-minded, ephemerally, in the channel', async () => {
    const { result } = await takeQuiz(DESIGN_MINDED);
    expect(result.outcome).toBe('closed');
    const replies = slack.messages({ channel: 'C0GENERAL' });
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ ephemeralTo: 'U0HUMAN', botId: expect.any(String) });
    expect(replies[0]?.text.startsWith(`Take the ${certification(ARCHITECT)} first`)).toBe(true);
    expect(allText(replies[0]?.blocks)).toContain(RECOMMENDATION_WORDS.title);
    expect(allText(replies[0]?.blocks)).toContain('I enjoy system design');
  });

  it('recommends the Developer to someone code-minded', async () => {
    await takeQuiz(CODE_MINDED);
    const [reply] = slack.messages({ channel: 'C0GENERAL' });
    expect(reply?.text.startsWith(`Take the ${certification(DEVELOPER)} first`)).toBe(true);
    expect(reply?.text).not.toContain(ARCHITECT.name);
  });

  it('names both certifications first when the answers point both ways', async () => {
    await takeQuiz(MIXED);
    const [reply] = slack.messages({ channel: 'C0GENERAL' });
    expect(
      reply?.text.startsWith(
        `Consider both the ${certification(ARCHITECT)} and the ${certification(DEVELOPER)}`,
      ),
    ).toBe(true);
  });

  it('keeps an empty form open with an error on the statements, and recommends nothing', async () => {
    const { modal, result } = await takeQuiz({ statements: [], answers: {} });
    expect(result.outcome).toBe('errors');
    expect(result.body).toEqual({
      response_action: 'errors',
      errors: { [QUIZ_ERROR_BLOCK_ID]: QUIZ_WORDS.nothingChosen },
    });
    expect(slack.emulator.workspace.views.get(modal.id)?.open).toBe(true);
    expect(slack.messages()).toEqual([]);
    expect(slack.replies()).toEqual(['views.open']);
  });

  it('reads a role picked with chooseOptions like any other answer', async () => {
    await slack.command('quiz');
    const modal = await openQuiz(slack);
    await slack.emulator.chooseOptions({ viewId: modal.id }, 'certpath.quiz.role', ['backend-engineer']);
    await slack.submit(modal.id);
    await slack.settle();
    const [reply] = slack.messages({ channel: 'C0GENERAL' });
    expect(reply?.text.startsWith(`Take the ${certification(DEVELOPER)} first`)).toBe(true);
  });

  it('offers to retake the quiz from the result, which opens it again', async () => {
    await takeQuiz(DESIGN_MINDED);
    const [reply] = slack.messages({ channel: 'C0GENERAL' });
    expect(actionIds(reply?.blocks)).toContain('certpath.quiz');
    await slack.click(reply!.ts, 'certpath.quiz');
    const again = await openQuiz(slack);
    await slack.submit(again.id, answersFor(again, CODE_MINDED));
    await slack.settle();
    const replies = slack.messages({ channel: 'C0GENERAL' });
    expect(replies).toHaveLength(2);
    expect(replies[1]).toMatchObject({ ephemeralTo: 'U0HUMAN' });
    expect(replies[1]?.text.startsWith(`Take the ${certification(DEVELOPER)} first`)).toBe(true);
  });

  it('sends the result to the DM, saying why, when the bot cannot post in the channel the quiz came from', async () => {
    await slack.command('quiz', { channel: 'C0RANDOM' });
    const modal = await openQuiz(slack);
    await slack.submit(modal.id, answersFor(modal, DESIGN_MINDED));
    await slack.settle();
    expect(slack.messages({ channel: 'C0RANDOM' })).toEqual([]);
    const dms = slack.messages({ channel: 'D0CERTBOT' });
    expect(dms).toHaveLength(1);
    const note = RECOMMENDATION_WORDS.sentToDm('<#C0RANDOM>', true);
    expect(dms[0]?.text.startsWith(`${note} Take the ${certification(ARCHITECT)} first`)).toBe(true);
    const [first] = (dms[0]?.blocks ?? []) as { type: string; elements?: { text: string }[] }[];
    expect(first).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: note }] });
    expect(allText(dms[0]?.blocks)).toContain(RECOMMENDATION_WORDS.title);
  });

  it('refuses the role "Other" alone in the form, before any result', async () => {
    const { modal, result } = await takeQuiz({ statements: [], role: 'other', answers: {} });
    expect(result.outcome).toBe('errors');
    expect(Object.keys(result.errors ?? {})).toEqual([QUIZ_BLOCK_IDS.role]);
    expect(result.errors?.[QUIZ_BLOCK_IDS.role]).toBe(QUIZ_WORDS.onlyNeutral('Other'));
    expect(slack.emulator.workspace.views.get(modal.id)?.open).toBe(true);
    expect(slack.messages()).toEqual([]);
  });

  it('quotes the previous answers back into the modal on "Retake the quiz"', async () => {
    await takeQuiz(CODE_MINDED);
    const [reply] = slack.messages({ channel: 'C0GENERAL' });
    await slack.click(reply!.ts, 'certpath.quiz');
    const again = await openQuiz(slack);
    const role = elements(again).find((e) => e.action_id === QUIZ_BLOCK_IDS.role) as {
      initial_option?: { value: string };
    };
    expect(role.initial_option?.value).toBe(CODE_MINDED.role);
    const submitted = await slack.submit(again.id);
    await slack.settle();
    expect(submitted.outcome).toBe('closed');
    const replies = slack.messages({ channel: 'C0GENERAL' });
    expect(replies[1]?.text.startsWith(`Take the ${certification(DEVELOPER)} first`)).toBe(true);
  });
});
