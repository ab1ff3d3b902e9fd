import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/core/guide.js';
import { keyStems, subjectCues } from '../../../src/core/matching/guide-cues.js';

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
