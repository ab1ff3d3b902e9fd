import { describe, expect, it } from 'vitest';
import { recommend } from '../../../src/core/recommend/recommend.js';
import { NoQuizError } from '../../../src/core/recommend/recommend-error.js';
import { markdownToMrkdwn } from '../../../src/core/render/markdown-to-mrkdwn.js';
import { RECOMMENDATION_WORDS } from '../../../src/core/render/messages.js';
import { parseQuizButtonValue } from '../../../src/core/render/quiz-button-value.js';
import { renderRecommendation } from '../../../src/core/render/render-recommendation.js';
import type { ActionsBlock } from '../../../src/core/render/slack-message.js';
import {
  CODE_MINDED,
  choices,
  DEFAULT_GUIDE,
  DESIGN_MINDED,
  MIXED,
  NO_QUIZ_GUIDE,
  QUIZ_GUIDE,
} from '../recommend/recommend-fixtures.js';
import { allText, expectSendable } from './render-fixtures.js';

const ARCHITECT = 'AWS Certified Solutions Architect – Associate (SAA-C03)';
const DEVELOPER = 'AWS Certified Developer – Associate (DVA-C02)';
const MIXED_TEXT = markdownToMrkdwn(
  DEFAULT_GUIDE.sections.find((s) => s.id === 'choose')!.recommender!.mixed,
);

function resultFor(input = DESIGN_MINDED, guide = DEFAULT_GUIDE) {
  return renderRecommendation(guide, recommend(guide, input));
}

function buttonsOf(message: ReturnType<typeof resultFor>) {
  return message.blocks
    .filter((block): block is ActionsBlock => block.type === 'actions')
    .flatMap((block) => block.elements);
}

describe('renderRecommendation', () => {
  it('is a message Slack accepts, whatever the result', () => {
    for (const input of [DESIGN_MINDED, CODE_MINDED, MIXED, choices({ role: 'other' })])
      expectSendable(resultFor(input));
  });

  it('names the recommended certification first in the fallback text', () => {
    expect(resultFor().text.startsWith(`Take the ${ARCHITECT} first: `)).toBe(true);
    expect(resultFor(CODE_MINDED).text.startsWith(`Take the ${DEVELOPER} first: `)).toBe(true);
  });

  it('says which certification to take first, with its name and exam code', () => {
    expect(resultFor().blocks[0]).toMatchObject({
      type: 'header',
      text: { text: RECOMMENDATION_WORDS.title },
    });
    expect(allText(resultFor())).toContain(
      RECOMMENDATION_WORDS.takeFirst('*AWS Certified Solutions Architect – Associate* (SAA-C03)'),
    );
  });

  it('explains why with the statements, role and answers that pointed there', () => {
    const text = allText(resultFor());
    expect(text).toContain(RECOMMENDATION_WORDS.whyTitle);
    expect(text).toContain(RECOMMENDATION_WORDS.saidStatement('I enjoy system design'));
    expect(text).toContain(RECOMMENDATION_WORDS.saidStatement('I work in infrastructure or DevOps'));
    expect(text).toContain(RECOMMENDATION_WORDS.heldRole('System administrator'));
    expect(text).toContain(RECOMMENDATION_WORDS.answered('Do you write code day to day?', 'Rarely or never'));
    expect(text).not.toContain(MIXED_TEXT);
  });

  it("gives the guide's advice for taking both when the answers are mixed", () => {
    const message = resultFor(MIXED);
    expect(message.text.startsWith(`Consider both the ${ARCHITECT} and the ${DEVELOPER}: `)).toBe(true);
    const text = allText(message);
    expect(text).toContain(MIXED_TEXT);
    expect(text).toContain(
      RECOMMENDATION_WORDS.pointsTo(RECOMMENDATION_WORDS.saidStatement('I enjoy coding'), 'Developer'),
    );
    expect(text).toContain(RECOMMENDATION_WORDS.scores('Architect 2 · Developer 2'));
  });

  it('says so when the answers lean nowhere', () => {
    const message = resultFor(choices({ role: 'other', answers: { goal: 'unsure' } }));
    expect(message.text).toBe(RECOMMENDATION_WORDS.fallbackUndecided);
    expect(allText(message)).toContain(RECOMMENDATION_WORDS.undecided);
  });

  it('offers the related sections as topic buttons, then a button to retake the quiz', () => {
    const buttons = buttonsOf(resultFor());
    expect(buttons.map((button) => [button.action_id, button.value])).toEqual([
      ['certpath.topic.0', 'aws-architect-vs-developer/architect'],
      ['certpath.topic.1', 'aws-architect-vs-developer/learning-path'],
      ['certpath.topic.2', 'aws-architect-vs-developer/study-tips'],
      ['certpath.topic.3', 'aws-architect-vs-developer/difficulty'],
      ['certpath.quiz', 'aws-architect-vs-developer'],
    ]);
    expect(buttons.at(-1)?.text.text).toBe(RECOMMENDATION_WORDS.retake);
  });

  it('carries the answers given in the retake button, so the quiz reopens with them', () => {
    const message = renderRecommendation(
      DEFAULT_GUIDE,
      recommend(DEFAULT_GUIDE, DESIGN_MINDED),
      DESIGN_MINDED,
    );
    const retake = buttonsOf(message).at(-1)!;
    expect(retake.action_id).toBe('certpath.quiz');
    expect(parseQuizButtonValue(retake.value!)).toEqual({
      guideId: DEFAULT_GUIDE.id,
      previous: DESIGN_MINDED,
    });
    expectSendable(message);
  });

  it("renders another guide's result from its own sides and sections", () => {
    const message = resultFor(choices({ statements: ['bgp', 'hybrid'] }), QUIZ_GUIDE);
    expectSendable(message);
    expect(
      message.text.startsWith('Take the AWS Certified Advanced Networking – Specialty (ANS-C01) first: '),
    ).toBe(true);
    expect(buttonsOf(message).map((button) => button.value)).toEqual([
      'security-vs-networking/learning-path',
      'security-vs-networking',
    ]);
  });

  it('refuses a guide without a quiz', () => {
    const result = recommend(DEFAULT_GUIDE, DESIGN_MINDED);
    expect(() => renderRecommendation(NO_QUIZ_GUIDE, result)).toThrow(NoQuizError);
  });
});
