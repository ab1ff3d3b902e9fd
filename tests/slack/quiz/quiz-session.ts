import { resolve } from 'node:path';
import { expect } from 'vitest';
import { loadContent } from '../../../src/core/content/load-content.js';
import type { Guide, Side } from '../../../src/core/guide.js';
import type { RecommendInput } from '../../../src/core/recommend/index.js';
import { QUIZ_BLOCK_IDS } from '../../../src/core/render/index.js';
import type { StoredView, SubmittedValues } from '../../../src/playground/emulator/index.js';
import type { SlackHarness } from '../../support/slack-harness.js';

/** The quiz fixtures: Security vs Networking has its own quiz, Analytics vs ML has none. */
export const FIXTURE_GUIDES: readonly Guide[] = loadContent(
  resolve(import.meta.dirname, '../../fixtures/quiz-content'),
);

export function fixtureGuide(id: string): Guide {
  const guide = FIXTURE_GUIDES.find((candidate) => candidate.id === id);
  if (!guide) throw new Error(`no fixture guide '${id}'`);
  return guide;
}

/** The one quiz modal open on the human's screen, once the bot has finished opening it. */
export async function openQuiz(slack: SlackHarness): Promise<StoredView> {
  await slack.settle();
  const modals = slack.emulator.workspace.views.openModals('U0HUMAN');
  expect(modals).toHaveLength(1);
  return modals[0]!;
}

interface Element {
  action_id?: string;
  options?: { value: string }[];
}

/** The modal's input elements, by action id. */
export function elements(view: StoredView): Element[] {
  const blocks = (view.view.blocks ?? []) as { element?: Element }[];
  return blocks.flatMap((block) => (block.element ? [block.element] : []));
}

/**
 * The quiz choices as the emulator's submitView takes them: each statement ticked in whichever
 * checkbox group the modal put it, the role picked, each question answered.
 */
export function answersFor(view: StoredView, input: RecommendInput): SubmittedValues {
  const values: Record<string, string[]> = {};
  for (const id of input.statements) {
    const group = elements(view).find((element) => element.options?.some((option) => option.value === id));
    if (!group?.action_id) throw new Error(`the modal offers no statement '${id}'`);
    values[group.action_id] = [...(values[group.action_id] ?? []), id];
  }
  if (input.role !== undefined) values[QUIZ_BLOCK_IDS.role] = [input.role];
  for (const [question, answer] of Object.entries(input.answers))
    values[QUIZ_BLOCK_IDS.answer(question)] = [answer];
  return values;
}

/** "Name (CODE)": how a recommendation names a certification. */
export function certification(side: Side): string {
  return side.code ? `${side.name} (${side.code})` : side.name;
}
