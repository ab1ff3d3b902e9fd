import { describe, expect, it } from 'vitest';
import { BUTTON_LABELS, DID_YOU_MEAN_WORDS } from '../../../src/core/render/messages.js';
import { renderDidYouMean } from '../../../src/core/render/render-did-you-mean.js';
import {
  actionIdsOf,
  allText,
  buttonLabelsOf,
  DEFAULT_GUIDE,
  expectSendable,
  sectionOf,
  TRICKY_QUESTIONS,
} from './render-fixtures.js';

const suggestions = ['salary', 'difficulty', 'coding', 'skills'].map((id) => ({
  guide: DEFAULT_GUIDE,
  section: sectionOf(DEFAULT_GUIDE, id),
  confidence: 0.3,
}));

describe('renderDidYouMean', () => {
  it('quotes the question and asks what was meant', () => {
    const message = renderDidYouMean({ question: 'which pays beter', suggestions });
    expect(allText(message)).toContain(DID_YOU_MEAN_WORDS.prompt('which pays beter'));
    expect(allText(message)).toContain("I'm not sure I understood “which pays beter”. Did you mean:");
  });

  it('offers at most three suggestions as topic buttons, then all topics', () => {
    const { blocks } = renderDidYouMean({ question: 'which pays beter', suggestions });
    expect(buttonLabelsOf(blocks)).toEqual([
      sectionOf(DEFAULT_GUIDE, 'salary').title,
      sectionOf(DEFAULT_GUIDE, 'difficulty').title,
      sectionOf(DEFAULT_GUIDE, 'coding').title,
      BUTTON_LABELS.allTopics,
    ]);
    expect(actionIdsOf(blocks)).toEqual([
      'certpath.topic.0',
      'certpath.topic.1',
      'certpath.topic.2',
      'certpath.topics',
    ]);
  });

  it('names the suggestions in the notification text', () => {
    const message = renderDidYouMean({ question: 'pay', suggestions: suggestions.slice(0, 1) });
    expect(message.text).toBe(DID_YOU_MEAN_WORDS.fallback('pay', sectionOf(DEFAULT_GUIDE, 'salary').title));
  });

  it('escapes and shortens whatever the question holds', () => {
    for (const question of TRICKY_QUESTIONS) expectSendable(renderDidYouMean({ question, suggestions }));
    const message = renderDidYouMean({ question: '<!channel> & <@U1>', suggestions: [] });
    expect(allText(message)).toContain('“&lt;!channel&gt; &amp; &lt;@U1&gt;”');
    const long = allText(renderDidYouMean({ question: 'a'.repeat(5000), suggestions }));
    expect(long).toContain(`“${'a'.repeat(199)}…”`);
  });
});
