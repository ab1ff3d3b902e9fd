import { describe, expect, it } from 'vitest';
import {
  parseSectionRef,
  QUIZ_ACTION_PATTERN,
  quizActionId,
  sectionRefValue,
  TOPIC_ACTION_PATTERN,
  topicActionId,
} from '../../../src/core/render/action-ids.js';

describe('action ids', () => {
  it('numbers topic buttons and matches them with one pattern', () => {
    expect(topicActionId(3)).toBe('certpath.topic.3');
    expect(TOPIC_ACTION_PATTERN.test(topicActionId(12))).toBe(true);
    expect(TOPIC_ACTION_PATTERN.test('certpath.topics')).toBe(false);
  });

  it('keeps the first quiz button plain and numbers the others', () => {
    expect([0, 1, 2].map(quizActionId)).toEqual(['certpath.quiz', 'certpath.quiz.1', 'certpath.quiz.2']);
    expect([0, 1].map(quizActionId).every((id) => QUIZ_ACTION_PATTERN.test(id))).toBe(true);
  });

  it('reads a section reference back from its button value', () => {
    expect(parseSectionRef(sectionRefValue('aws-a-vs-b', 'study-tips'))).toEqual({
      guideId: 'aws-a-vs-b',
      sectionId: 'study-tips',
    });
    expect(parseSectionRef('not a ref')).toBeUndefined();
  });
});
