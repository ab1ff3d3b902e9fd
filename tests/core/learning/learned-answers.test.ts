import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/core/answer/answerer.js';
import { normalizeQuestion } from '../../../src/core/learning/normalize-question.js';
import { createPhrasebook } from '../../../src/core/learning/phrasebook.js';
import { GUIDES } from '../../support/slack-harness.js';

const GUIDE = 'aws-architect-vs-developer';

describe('an answerer with learned phrasings', () => {
  it('answers a taught question with the taught section from the very next ask', () => {
    const book = createPhrasebook();
    const answerer = createAnswerer(GUIDES, { learned: book });
    const question = 'how much is the exam voucher in euros?';
    expect(answerer.ask(question, { mode: 'direct' }).decision.kind).toBe('not-covered');
    book.add({ normalized: normalizeQuestion(question), guideId: GUIDE, sectionId: 'study-tips' });
    const decision = answerer.ask(question, { mode: 'direct' }).decision;
    expect(decision).toMatchObject({
      kind: 'answer',
      band: 'best',
      learned: true,
      answer: { confidence: 1 },
    });
    expect(decision.kind === 'answer' && decision.answer.section.id).toBe('study-tips');
  });

  it('never makes the bot speak up about overheard chatter it would ignore', () => {
    const chatter = 'lunch at noon anyone?';
    const book = createPhrasebook([
      { normalized: normalizeQuestion(chatter), guideId: GUIDE, sectionId: 'salary' },
    ]);
    const answerer = createAnswerer(GUIDES, { learned: book });
    expect(answerer.ask(chatter, { mode: 'channel' }).decision.kind).toBe('silence');
    expect(answerer.ask(chatter, { mode: 'direct' }).decision.kind).toBe('answer');
  });

  it('leaves help and small talk alone', () => {
    const book = createPhrasebook([{ normalized: 'help', guideId: GUIDE, sectionId: 'salary' }]);
    expect(createAnswerer(GUIDES, { learned: book }).ask('help', { mode: 'direct' }).decision.kind).toBe(
      'help',
    );
  });
});
