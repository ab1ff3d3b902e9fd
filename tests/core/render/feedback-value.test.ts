import { describe, expect, it } from 'vitest';
import { feedbackValue, parseFeedbackValue } from '../../../src/core/render/feedback-value.js';

describe('feedbackValue', () => {
  it('writes guide, section, confidence and question as compact JSON', () => {
    expect(
      JSON.parse(feedbackValue({ guideId: 'g', sectionId: 's', confidence: 0.9234, question: 'why?' })),
    ).toEqual({
      g: 'g',
      s: 's',
      c: 0.923,
      q: 'why?',
    });
  });

  it('hides angle brackets from Slack but gives them back when parsed', () => {
    const value = feedbackValue({ guideId: 'g', sectionId: 's', confidence: 1, question: '<!channel> & co' });
    expect(value).not.toContain('<');
    expect(parseFeedbackValue(value)?.question).toBe('<!channel> & co');
  });

  it('stays within 2000 characters for any question', () => {
    for (const question of ['<'.repeat(5000), '🚀'.repeat(5000), '\u0001'.repeat(5000)]) {
      const value = feedbackValue({ guideId: 'g', sectionId: 's', confidence: 1, question });
      expect(value.length).toBeLessThanOrEqual(2000);
      expect(Array.from(parseFeedbackValue(value)!.question!).length).toBeLessThanOrEqual(300);
    }
  });

  it('rejects values that are not feedback', () => {
    expect(parseFeedbackValue('guide/section')).toBeUndefined();
    expect(parseFeedbackValue('{"g":1}')).toBeUndefined();
  });
});
