import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ERROR_WORDS,
  parseQuizPrivateMetadata,
  QUIZ_WORDS,
  quizPrivateMetadata,
  RECOMMENDATION_WORDS,
} from '../../../../src/core/render/index.js';
import type { StoredView } from '../../../../src/playground/emulator/index.js';
import { CODE_MINDED, DESIGN_MINDED } from '../../../core/recommend/recommend-fixtures.js';
import { actionIds, allText, button } from '../../../support/blocks.js';
import { GUIDES, SlackHarness } from '../../../support/slack-harness.js';
import { answersFor, elements, openQuiz } from '../../quiz/quiz-session.js';

const GUIDE = GUIDES[0]!;
const [ARCHITECT, DEVELOPER] = GUIDE.sides;
const titleOf = (view: StoredView) => (view.view.title as { text: string }).text;
const headerOf = (view: StoredView) =>
  (view.view.blocks as { type: string; text?: { text: string } }[]).find((b) => b.type === 'header')?.text
    ?.text ?? '';

/** The action id of the Home tab's button for a section, by its title. */
function topicButton(home: StoredView, title: string): string {
  const blocks = home.view.blocks as {
    type: string;
    elements?: { text: { text: string }; action_id: string }[];
  }[];
  const found = blocks.flatMap((b) => b.elements ?? []).find((e) => e.text.text === title);
  if (!found) throw new Error(`no button "${title}"`);
  return found.action_id;
}

describe('clicks on the App Home', () => {
  let slack: SlackHarness;
  let home: StoredView;
  beforeEach(async () => {
    slack = await SlackHarness.start();
    await slack.openHome();
    await slack.settle();
    home = slack.emulator.workspace.views.home('U0HUMAN')!;
  });
  afterEach(() => slack.stop());

  it('open a topic in a modal right there, and post nothing to the DM', async () => {
    const title = GUIDE.sections.find((s) => s.id === 'difficulty')!.title;
    await slack.click({ viewId: home.id }, topicButton(home, title));
    await slack.settle();
    const [modal] = slack.emulator.workspace.views.openModals('U0HUMAN');
    expect(modal).toBeDefined();
    expect(headerOf(modal!)).toBe(title);
    expect(allText(modal!.view.blocks as unknown[])).toContain(ARCHITECT.label);
    // Share and feedback act on a message; a modal has neither place nor message.
    const ids = actionIds(modal!.view.blocks as unknown[]);
    expect(ids.filter((id) => id === 'certpath.share' || id.startsWith('certpath.feedback'))).toEqual([]);
    expect(slack.messages()).toEqual([]);
    expect(slack.replies()).toEqual(['views.publish', 'views.open']);
  });

  it('show a related topic in place of the open modal, so one Close gets back to Home', async () => {
    const title = GUIDE.sections.find((s) => s.id === 'difficulty')!.title;
    await slack.click({ viewId: home.id }, topicButton(home, title));
    await slack.settle();
    const [modal] = slack.emulator.workspace.views.openModals('U0HUMAN');
    const related = button(modal!.view.blocks as unknown[], 'certpath.topic.0')!;
    await slack.click({ viewId: modal!.id }, 'certpath.topic.0');
    await slack.settle();
    const open = slack.emulator.workspace.views.openModals('U0HUMAN');
    expect(open.map((view) => view.id)).toEqual([modal!.id]);
    expect(headerOf(open[0]!)).toBe((related.text as { text: string }).text);
    expect(slack.replies()).toEqual(['views.publish', 'views.open', 'views.update']);
  });

  it('take the quiz in a modal and show the result in that modal, not in the DM', async () => {
    await slack.click({ viewId: home.id }, 'certpath.quiz');
    const modal = await openQuiz(slack);
    expect(parseQuizPrivateMetadata(String(modal.view.private_metadata))).toEqual({
      guideId: GUIDE.id,
      home: true,
    });
    const result = await slack.submit(modal.id, answersFor(modal, DESIGN_MINDED));
    await slack.settle();
    expect(result.outcome).toBe('updated');
    const shown = slack.emulator.workspace.views.get(modal.id)!;
    expect(shown.open).toBe(true);
    expect(titleOf(shown)).toBe(RECOMMENDATION_WORDS.modalTitle);
    expect(allText(shown.view.blocks as unknown[])).toContain(
      `Take the *${ARCHITECT.name}* (${ARCHITECT.code}) first`,
    );
    expect(shown.view.submit).toBeUndefined();
    expect(slack.messages()).toEqual([]);
  });

  it('retake the quiz from the result with the previous answers still ticked', async () => {
    await slack.click({ viewId: home.id }, 'certpath.quiz');
    const modal = await openQuiz(slack);
    await slack.submit(modal.id, answersFor(modal, DESIGN_MINDED));
    await slack.settle();
    await slack.click({ viewId: modal.id }, 'certpath.quiz');
    await slack.settle();
    const again = slack.emulator.workspace.views.get(modal.id)!;
    const ticked = elements(again).flatMap((element) => {
      const e = element as { initial_options?: { value: string }[]; initial_option?: { value: string } };
      return [...(e.initial_options ?? []), ...(e.initial_option ? [e.initial_option] : [])].map(
        (o) => o.value,
      );
    });
    expect(ticked.sort()).toEqual(
      [...DESIGN_MINDED.statements, DESIGN_MINDED.role!, ...Object.values(DESIGN_MINDED.answers)].sort(),
    );
    // Changing one answer on top of the kept ones gives the new pick.
    const changed = await slack.submit(again.id, answersFor(again, CODE_MINDED));
    await slack.settle();
    expect(changed.outcome).toBe('updated');
    const text = allText(slack.emulator.workspace.views.get(modal.id)!.view.blocks as unknown[]);
    expect(text).not.toContain(`Take the *${ARCHITECT.name}*`);
    expect(text).toContain(DEVELOPER.label);
  });

  it('say in a modal, not the DM, that a guide has no quiz (any more)', async () => {
    const quiz = button(home.view.blocks as unknown[], 'certpath.quiz')!;
    quiz.value = 'a-guide-since-removed';
    await slack.click({ viewId: home.id }, 'certpath.quiz');
    await slack.settle();
    const [modal] = slack.emulator.workspace.views.openModals('U0HUMAN');
    expect(allText(modal!.view.blocks as unknown[])).toContain(
      QUIZ_WORDS.unknownGuide('a-guide-since-removed', `\`${GUIDE.id}\``),
    );
    expect(slack.messages()).toEqual([]);
  });

  it('apologize in the quiz modal itself when the submission fails', async () => {
    await slack.click({ viewId: home.id }, 'certpath.quiz');
    const modal = await openQuiz(slack);
    modal.view.private_metadata = quizPrivateMetadata({ guideId: 'gone', home: true });
    const result = await slack.submit(modal.id, answersFor(modal, DESIGN_MINDED));
    await slack.settle();
    expect(result.outcome).toBe('updated');
    expect(allText(slack.emulator.workspace.views.get(modal.id)!.view.blocks as unknown[])).toContain(
      ERROR_WORDS.generic,
    );
    expect(slack.messages()).toEqual([]);
  });

  it('open the quiz from the topic modal of the choose section, in place of that modal', async () => {
    const choose = GUIDE.sections.find((s) => s.recommender)!;
    await slack.click({ viewId: home.id }, topicButton(home, choose.title));
    await slack.settle();
    const [topic] = slack.emulator.workspace.views.openModals('U0HUMAN');
    expect(actionIds(topic!.view.blocks as unknown[])).toContain('certpath.quiz');
    await slack.click({ viewId: topic!.id }, 'certpath.quiz');
    await slack.settle();
    const open = slack.emulator.workspace.views.openModals('U0HUMAN');
    expect(open.map((view) => view.id)).toEqual([topic!.id]);
    expect(parseQuizPrivateMetadata(String(open[0]!.view.private_metadata))).toMatchObject({ home: true });
  });
});
