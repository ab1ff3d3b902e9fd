import { describe, expect, it } from 'vitest';
import { validateView } from '../../../src/core/block-kit/index.js';
import type { Guide } from '../../../src/core/guide.js';
import { recommend } from '../../../src/core/recommend/recommend.js';
import { NoQuizError } from '../../../src/core/recommend/recommend-error.js';
import type { FormModalView, InputBlock } from '../../../src/core/render/input-blocks.js';
import { QUIZ_WORDS } from '../../../src/core/render/messages.js';
import { QUIZ_BLOCK_IDS, QUIZ_CALLBACK_ID, QUIZ_ERROR_BLOCK_ID } from '../../../src/core/render/quiz-ids.js';
import { parseQuizPrivateMetadata, quizPrivateMetadata } from '../../../src/core/render/quiz-metadata.js';
import {
  parseQuizSubmission,
  type QuizStateValues,
  quizValidationErrors,
  renderQuizModal,
} from '../../../src/core/render/render-quiz-modal.js';
import {
  choices,
  DEFAULT_GUIDE,
  DESIGN_MINDED,
  NO_QUIZ_GUIDE,
  QUIZ_GUIDE,
} from '../recommend/recommend-fixtures.js';

function inputsOf(view: FormModalView): InputBlock[] {
  return view.blocks.filter((block): block is InputBlock => block.type === 'input');
}

function optionValues(view: FormModalView, type: string): string[] {
  return inputsOf(view)
    .filter((block) => block.element.type === type)
    .flatMap((block) => block.element.options.map((option) => option.value));
}

/**
 * `view.state.values` as Slack sends it on view_submission: every input reports its state, block_id →
 * action_id → `{type, selected_options}` for checkboxes (empty when none ticked), `{type, selected_option}`
 * (null when none picked) for a select or radio group. `picks` maps block ids to the option values chosen.
 */
function submitted(view: FormModalView, picks: Record<string, string[]>): QuizStateValues {
  const values: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const block of inputsOf(view)) {
    const { type, action_id: actionId, options } = block.element;
    const chosen = options.filter((option) => (picks[block.block_id] ?? []).includes(option.value));
    values[block.block_id] = {
      [actionId]:
        type === 'checkboxes'
          ? { type, selected_options: chosen }
          : { type, selected_option: chosen[0] ?? null },
    };
  }
  return values as QuizStateValues;
}

/** Ticks statements wherever the modal put them: block id → the statement ids ticked in it. */
function ticked(view: FormModalView, statementIds: readonly string[]): Record<string, string[]> {
  const picks: Record<string, string[]> = {};
  for (const block of inputsOf(view).filter((input) => input.element.type === 'checkboxes')) {
    const values = block.element.options
      .map((option) => option.value)
      .filter((id) => statementIds.includes(id));
    if (values.length > 0) picks[block.block_id] = values;
  }
  return picks;
}

function manyStatements(count: number): Guide {
  const choose = DEFAULT_GUIDE.sections.find((section) => section.recommender)!;
  const statements = Array.from({ length: count }, (_, n) => ({
    ...choose.recommender!.statements[0]!,
    id: `statement-${n}`,
    label: `Statement ${n}`,
    side: n % 3 === 0 ? undefined : n % 2 === 0 ? 'architect' : 'developer',
  }));
  const section = { ...choose, recommender: { ...choose.recommender!, statements } };
  return { ...DEFAULT_GUIDE, sections: [section] };
}

describe('renderQuizModal', () => {
  const view = renderQuizModal(DEFAULT_GUIDE, {
    privateMetadata: quizPrivateMetadata({ guideId: DEFAULT_GUIDE.id }),
  });

  it('is a modal Slack accepts, with a short title, a submit and a close button', () => {
    expect(validateView(view)).toEqual([]);
    expect(view).toMatchObject({ type: 'modal', callback_id: QUIZ_CALLBACK_ID });
    expect(Array.from(view.title.text).length).toBeLessThanOrEqual(24);
    expect(view.submit?.text).toBe(QUIZ_WORDS.submit);
    expect(view.close?.text).toBe(QUIZ_WORDS.close);
  });

  it('offers every statement, role and question of the guide', () => {
    const { recommender } = DEFAULT_GUIDE.sections.find((section) => section.recommender)!;
    expect(optionValues(view, 'checkboxes').sort()).toEqual(recommender!.statements.map((s) => s.id).sort());
    expect(optionValues(view, 'static_select')).toEqual(recommender!.roles.map((role) => role.id));
    for (const question of recommender!.questions) {
      const block = inputsOf(view).find((input) => input.block_id === QUIZ_BLOCK_IDS.answer(question.id));
      expect(block?.label.text).toBe(question.label);
      expect(block?.element.type).toBe('radio_buttons');
      expect(block?.element.options.map((option) => option.value)).toEqual(question.options.map((o) => o.id));
    }
  });

  it('splits the eleven statements into two checkbox groups of at most ten', () => {
    const groups = inputsOf(view).filter((block) => block.element.type === 'checkboxes');
    expect(groups.map((block) => block.element.options.length)).toEqual([6, 5]);
    expect(groups.map((block) => block.block_id)).toEqual([
      QUIZ_BLOCK_IDS.statements(0),
      QUIZ_BLOCK_IDS.statements(1),
    ]);
  });

  it('keeps every checkbox group within ten options however many statements there are', () => {
    for (const count of [1, 10, 11, 25, 31]) {
      const many = renderQuizModal(manyStatements(count));
      expect(validateView(many)).toEqual([]);
      const sizes = inputsOf(many)
        .filter((block) => block.element.type === 'checkboxes')
        .map((block) => block.element.options.length);
      expect(sizes.every((size) => size <= 10)).toBe(true);
      expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(count);
    }
  });

  it('mixes both sides in each checkbox group, so no group reads as one side', () => {
    const { recommender } = DEFAULT_GUIDE.sections.find((section) => section.recommender)!;
    const sideOf = (id: string) => recommender!.statements.find((statement) => statement.id === id)?.side;
    for (const block of inputsOf(view).filter((input) => input.element.type === 'checkboxes')) {
      expect(new Set(block.element.options.map((option) => sideOf(option.value)))).toEqual(
        new Set(['architect', 'developer']),
      );
    }
  });

  it('marks every input optional, so that our validation decides what an empty form means', () => {
    expect(inputsOf(view).every((block) => block.optional === true)).toBe(true);
  });

  it('says under every field, which Slack marks "(optional)", that at least one answer is needed', () => {
    const hints = inputsOf(view).map((block) => block.hint?.text ?? '');
    expect(hints.length).toBeGreaterThan(3);
    for (const hint of hints) expect(hint).toMatch(/at least one/i);
    const intro = view.blocks[0];
    expect(intro?.type === 'section' && intro.text?.text).toMatch(/answer at least one/i);
  });

  it('starts from the previous answers when it is given them, as "Retake the quiz" does', () => {
    const previous = choices({
      statements: ['system-design', 'enjoy-coding'],
      role: 'sysadmin',
      answers: { 'codes-daily': 'no' },
    });
    const again = renderQuizModal(DEFAULT_GUIDE, { previous });
    expect(validateView(again)).toEqual([]);
    const byId = new Map(inputsOf(again).map((block) => [block.block_id, block.element]));
    const initial = (id: string) => {
      const element = byId.get(id) as {
        initial_options?: { value: string }[];
        initial_option?: { value: string };
      };
      return (
        element.initial_options?.map((o) => o.value) ??
        (element.initial_option ? [element.initial_option.value] : [])
      );
    };
    const tickedNow = [0, 1].flatMap((n) => initial(QUIZ_BLOCK_IDS.statements(n)));
    expect(tickedNow.sort()).toEqual(['enjoy-coding', 'system-design']);
    expect(initial(QUIZ_BLOCK_IDS.role)).toEqual(['sysadmin']);
    expect(initial(QUIZ_BLOCK_IDS.answer('codes-daily'))).toEqual(['no']);
    expect(initial(QUIZ_BLOCK_IDS.answer('goal'))).toEqual([]);
    // Slack wants the very option object back, label and all.
    const role = byId.get(QUIZ_BLOCK_IDS.role)!;
    expect(role.options).toContainEqual((role as { initial_option?: unknown }).initial_option);
  });

  it('skips previous answers the quiz no longer offers, rather than send an option Slack would refuse', () => {
    const again = renderQuizModal(DEFAULT_GUIDE, {
      previous: choices({ statements: ['gone'], role: 'gone', answers: { goal: 'gone' } }),
    });
    expect(validateView(again)).toEqual([]);
    expect(JSON.stringify(again)).not.toMatch(/initial_option/);
  });

  it('gives each input the same block_id and action_id', () => {
    for (const block of inputsOf(view)) expect(block.element.action_id).toBe(block.block_id);
  });

  it('carries the private metadata it is given', () => {
    expect(parseQuizPrivateMetadata(view.private_metadata!)).toEqual({ guideId: DEFAULT_GUIDE.id });
    const where = { guideId: DEFAULT_GUIDE.id, channelId: 'C123', threadTs: '1700000000.000100' };
    expect(parseQuizPrivateMetadata(quizPrivateMetadata(where))).toEqual(where);
    const home = { guideId: DEFAULT_GUIDE.id, home: true };
    expect(parseQuizPrivateMetadata(quizPrivateMetadata(home))).toEqual(home);
    expect(parseQuizPrivateMetadata('not json')).toBeUndefined();
  });

  it("builds another guide's quiz from that guide's own statements", () => {
    const other = renderQuizModal(QUIZ_GUIDE);
    expect(validateView(other)).toEqual([]);
    expect(optionValues(other, 'checkboxes')).toContain('bgp');
    expect(optionValues(other, 'checkboxes')).not.toContain('system-design');
    expect(optionValues(other, 'static_select')).toEqual(['security-engineer', 'network-engineer', 'other']);
  });

  it('refuses a guide without a quiz', () => {
    expect(() => renderQuizModal(NO_QUIZ_GUIDE)).toThrow(NoQuizError);
  });
});

describe('parseQuizSubmission', () => {
  const view = renderQuizModal(DEFAULT_GUIDE);

  it("reads ticked statements (in the guide's order), the role and the answers back from state values", () => {
    const values = submitted(view, {
      ...ticked(view, ['infra-devops', 'system-design']),
      [QUIZ_BLOCK_IDS.role]: ['sysadmin'],
      [QUIZ_BLOCK_IDS.answer('codes-daily')]: ['no'],
    });
    expect(parseQuizSubmission(DEFAULT_GUIDE, values)).toEqual(DESIGN_MINDED);
  });

  it('round-trips into the same recommendation as the choices themselves', () => {
    const values = submitted(view, {
      ...ticked(view, ['cloud-native', 'enjoy-coding']),
      [QUIZ_BLOCK_IDS.answer('goal')]: ['developer'],
    });
    const input = parseQuizSubmission(DEFAULT_GUIDE, values);
    expect(input).toEqual(
      choices({ statements: ['enjoy-coding', 'cloud-native'], answers: { goal: 'developer' } }),
    );
    expect(recommend(DEFAULT_GUIDE, input).side?.id).toBe('developer');
  });

  it('reads an untouched form as no choices at all', () => {
    expect(parseQuizSubmission(DEFAULT_GUIDE, submitted(view, {}))).toEqual(choices());
  });

  it('ignores blocks the quiz does not have', () => {
    const values = { ...submitted(view, {}), stray: { stray: { type: 'plain_text_input', value: 'hi' } } };
    expect(parseQuizSubmission(DEFAULT_GUIDE, values)).toEqual(choices());
  });
});

describe('quizValidationErrors', () => {
  it('asks for something on the first statements group when nothing at all was chosen', () => {
    expect(quizValidationErrors(DEFAULT_GUIDE, choices())).toEqual({
      [QUIZ_ERROR_BLOCK_ID]: QUIZ_WORDS.nothingChosen,
    });
    const blockIds = renderQuizModal(DEFAULT_GUIDE).blocks.map(
      (block) => 'block_id' in block && block.block_id,
    );
    expect(blockIds).toContain(QUIZ_ERROR_BLOCK_ID);
  });

  it('accepts a submission with just a role that points somewhere', () => {
    expect(quizValidationErrors(DEFAULT_GUIDE, choices({ role: 'sysadmin' }))).toEqual({});
  });

  it('refuses the role "Other" alone on the role field, since it points to neither exam', () => {
    const errors = quizValidationErrors(DEFAULT_GUIDE, choices({ role: 'other' }));
    expect(Object.keys(errors)).toEqual([QUIZ_BLOCK_IDS.role]);
    expect(errors[QUIZ_BLOCK_IDS.role]).toContain('“Other”');
    expect(errors[QUIZ_BLOCK_IDS.role]).toMatch(/tick a statement or answer a question/i);
  });

  it('refuses only neutral answers on the first one, and accepts them beside one that points somewhere', () => {
    const unsure = choices({ answers: { goal: 'unsure' } });
    expect(Object.keys(quizValidationErrors(DEFAULT_GUIDE, unsure))).toEqual([QUIZ_BLOCK_IDS.answer('goal')]);
    const withStatement = choices({
      statements: ['enjoy-coding'],
      role: 'other',
      answers: { goal: 'unsure' },
    });
    expect(quizValidationErrors(DEFAULT_GUIDE, withStatement)).toEqual({});
  });
});
