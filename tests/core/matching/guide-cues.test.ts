import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/core/guide.js';
import {
  keyStems,
  subjectCues,
  thingsTitlesAsk,
  uncoveredPhrase,
} from '../../../src/core/matching/guide-cues.js';
import { stem } from '../../../src/core/matching/tokenize.js';

describe('keyStems', () => {
  it("keys each phrase by its first word that is not a function word, so 'in …' phrases skip most questions", () => {
    expect(keyStems([['in', 'two', 'week'], ['how', 'much', 'cost'], ['voucher']])).toEqual(
      new Set(['week', 'cost', 'voucher']),
    );
  });

  it('falls back to the first word of a phrase made only of function words', () => {
    expect(keyStems([['how', 'much'], []])).toEqual(new Set(['how']));
  });
});

describe('uncoveredPhrase', () => {
  const none = new Set<string>();
  it('reads a quoted keyword as written, and one ending in "?" as ending its sentence', () => {
    expect(uncoveredPhrase('"how many minutes"', none, none)).toEqual({
      stems: ['how', 'mani', 'minut'],
      exact: true,
    });
    expect(uncoveredPhrase('"how much is it?"', none, none)).toEqual({
      stems: ['how', 'much', 'is'],
      exact: true,
      endsSentence: true,
    });
  });
});

describe('subjectCues describers', () => {
  const guide = {
    title: 'Cloud Architect vs Developer',
    sides: [
      { id: 'architect', name: 'Certified Architect' },
      { id: 'developer', name: 'Certified Developer' },
    ],
    vocabulary: {
      architect: ['design track', 'design oriented', 'infrastructure planning', 'cloud track'],
      developer: ['builder track', 'app focused', 'cloud one', 'build something'],
      certification: ['credential'],
    },
    generalTerms: ['certification'],
  } as unknown as Guide;

  it("takes each side's words from its two-word phrases ending in a route or credential word", () => {
    const { describers } = subjectCues(guide);
    expect(describers.get('design')).toBe('architect');
    expect(describers.get('builder')).toBe('developer');
    expect(describers.get('app')).toBe('developer');
    // "infrastructure planning" and "build something" end in no route or credential word.
    expect(describers.has('infrastructur')).toBe(false);
    expect(describers.has('build')).toBe(false);
  });

  it('leaves out a word both sides use', () => {
    expect(subjectCues(guide).describers.has('cloud')).toBe(false);
  });
});

describe('thingsTitlesAsk', () => {
  const guide = {
    sections: [
      { id: 'skills', title: 'Which skills does each path need?' },
      { id: 'services', title: 'Which AWS services does each exam cover?' },
      { id: 'exam-questions', title: 'What kind of questions are on each exam?' },
      { id: 'roles', title: 'Which roles does each lead to?' },
      { id: 'difficulty', title: 'Which exam is harder?' },
      { id: 'overview', title: "Architect vs Developer – what's the difference?" },
    ],
  } as unknown as Guide;

  it('takes the thing each title asks for after its "what" or "which", past general and kind-of words', () => {
    const things = thingsTitlesAsk(guide, new Set(['aws', 'exam'].map(stem)), new Map([['role', 'job']]));
    expect(things).toEqual(
      new Map([
        ['skill', 'skills'],
        ['servic', 'services'],
        ['question', 'exam-questions'],
        // In the vocabulary's term.
        ['job', 'roles'],
      ]),
    );
  });
});
