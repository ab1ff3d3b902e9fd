import { describe, expect, it } from 'vitest';
import { exampleQuestions } from '../../../src/core/render/example-questions.js';
import { BUTTON_LABELS, NOT_FOUND_WORDS } from '../../../src/core/render/messages.js';
import { renderNotFound } from '../../../src/core/render/render-not-found.js';
import {
  ALL_GUIDES,
  actionIdsOf,
  allText,
  buttonLabelsOf,
  DEFAULT_GUIDE,
  expectSendable,
  sectionOf,
  TRICKY_QUESTIONS,
} from './render-fixtures.js';

describe('renderNotFound', () => {
  it('names the topic the guide knowingly leaves out', () => {
    const message = renderNotFound({
      question: 'how much is the exam?',
      uncoveredTopic: 'Exam price',
      suggestions: [],
      guides: ALL_GUIDES,
    });
    expect(allText(message)).toContain(NOT_FOUND_WORDS.topic('exam price'));
    expect(message.text).toBe("The guide doesn't cover *exam price*.");
  });

  it('keeps the capitals of a topic that starts with an acronym', () => {
    const message = renderNotFound({
      question: 'sysops?',
      uncoveredTopic: 'AWS SysOps',
      suggestions: [],
      guides: ALL_GUIDES,
    });
    expect(message.text).toBe(NOT_FOUND_WORDS.topic('AWS SysOps'));
  });

  it('quotes the question when no topic is known', () => {
    const message = renderNotFound({ question: 'how do I bake bread?', suggestions: [], guides: ALL_GUIDES });
    expect(message.text).toBe(NOT_FOUND_WORDS.question('how do I bake bread?'));
    expect(renderNotFound({ question: '  ', suggestions: [], guides: [] }).text).toBe(
      NOT_FOUND_WORDS.general,
    );
  });

  it('says it reads English only, with a question of the guide to try, when the question is in another language', () => {
    const question = '¿cuál es más difícil?';
    const message = renderNotFound({ question, suggestions: [], guides: ALL_GUIDES, otherLanguage: true });
    const [example] = exampleQuestions(ALL_GUIDES);
    expect(message.text).toBe(NOT_FOUND_WORDS.otherLanguage(question, example!));
    expect(message.text).toContain(DEFAULT_GUIDE.sections[0]!.questions[0]!);
    // A known gap is still named; with no guide loaded the example is a stock one.
    expect(
      renderNotFound({
        question,
        uncoveredTopic: 'Exam price',
        suggestions: [],
        guides: ALL_GUIDES,
        otherLanguage: true,
      }).text,
    ).toBe(NOT_FOUND_WORDS.topic('exam price'));
    expect(renderNotFound({ question, suggestions: [], guides: [], otherLanguage: true }).text).toBe(
      NOT_FOUND_WORDS.otherLanguage(question, exampleQuestions([])[0]!),
    );
  });

  it('offers the suggestions when there are some', () => {
    const suggestions = [
      { guide: DEFAULT_GUIDE, section: sectionOf(DEFAULT_GUIDE, 'salary'), confidence: 0.1 },
    ];
    const message = renderNotFound({ question: 'money', suggestions, guides: ALL_GUIDES });
    expect(allText(message)).toContain(NOT_FOUND_WORDS.offer);
    expect(buttonLabelsOf(message.blocks)).toEqual([
      sectionOf(DEFAULT_GUIDE, 'salary').title,
      BUTTON_LABELS.allTopics,
    ]);
  });

  it('offers the first topics of the table of contents otherwise', () => {
    const message = renderNotFound({ question: 'bread', suggestions: [], guides: ALL_GUIDES });
    const firstTitles = DEFAULT_GUIDE.sections.slice(0, 4).map((section) => section.title);
    expect(buttonLabelsOf(message.blocks)).toEqual([...firstTitles, BUTTON_LABELS.allTopics]);
    expect(actionIdsOf(message.blocks)).toEqual([
      'certpath.topic.0',
      'certpath.topic.1',
      'certpath.topic.2',
      'certpath.topic.3',
      'certpath.topics',
    ]);
  });

  it('stays sendable whatever the question holds', () => {
    for (const question of TRICKY_QUESTIONS) {
      expectSendable(renderNotFound({ question, suggestions: [], guides: ALL_GUIDES }));
      expectSendable(renderNotFound({ question, suggestions: [], guides: ALL_GUIDES, otherLanguage: true }));
      expectSendable(
        renderNotFound({ question, uncoveredTopic: '<!here> prices', suggestions: [], guides: [] }),
      );
    }
  });
});
