import { describe, expect, it } from 'vitest';
import { offeredSections } from '../../../src/core/answer/runner-ups.js';
import type { Guide, Section } from '../../../src/core/guide.js';
import type { Candidate, MatchResult } from '../../../src/core/matching/match-question.js';
import { TUNING } from '../../../src/core/matching/tuning.js';

const ids = ['a', 'b', 'c', 'd', 'e'];
const guide = { id: 'g', sections: ids.map((id) => ({ id }) as Section) } as unknown as Guide;
const other = { id: 'other', sections: [{ id: 'x' } as Section] } as unknown as Guide;
const sectionOf = (id: string) => guide.sections.find((section) => section.id === id)!;
const candidate = (id: string, confidence: number, from: Guide = guide): Candidate => ({
  guide: from,
  section: from === guide ? sectionOf(id) : from.sections[0]!,
  score: confidence * 10,
  confidence,
  coverage: 1,
  evidence: 2,
});
const matchOf = (candidates: Candidate[], odds?: Record<string, number>): MatchResult =>
  ({
    candidates,
    criteria: [],
    subject: 'named',
    ...(odds ? { odds: new Map(Object.entries(odds)) } : {}),
  }) as unknown as MatchResult;
const offered = (match: MatchResult) => offeredSections(match).map((s) => s.section.id);
const over = TUNING.classifier.offerOver;

describe('offeredSections', () => {
  it("is the matcher's first three sections when the classifier has no far likelier one", () => {
    const candidates = [candidate('a', 0.8), candidate('b', 0.3), candidate('c', 0.2), candidate('d', 0.1)];
    expect(offered(matchOf(candidates))).toEqual(['a', 'b', 'c']);
    // d is likelier than c, but not `offerOver` times.
    expect(offered(matchOf(candidates, { a: 0.2, b: 0.2, c: 0.1, d: 0.1 * over }))).toEqual(['a', 'b', 'c']);
  });

  it('puts a section the classifier finds far likelier in place of the weaker runner-up, keeping the first', () => {
    const candidates = [candidate('a', 0.8), candidate('b', 0.3), candidate('c', 0.2)];
    // e is no candidate at all; the first stays, however unlikely the classifier finds it.
    const suggestions = offeredSections(matchOf(candidates, { a: 0.01, b: 0.04, c: 0.1, e: 0.5 }));
    expect(suggestions.map((s) => s.section.id)).toEqual(['a', 'e', 'c']);
    expect(suggestions[1]).toMatchObject({ guide, section: sectionOf('e'), confidence: 0 });
    // Its two likeliest, each against the weaker runner-up left.
    expect(offered(matchOf(candidates, { a: 0.01, b: 0.01, c: 0.02, d: 0.4, e: 0.5 }))).toEqual([
      'a',
      'e',
      'd',
    ]);
  });

  it("replaces a runner-up of another guide, and keeps a matched section's confidence", () => {
    const candidates = [
      candidate('a', 0.8),
      candidate('x', 0.5, other),
      candidate('b', 0.3),
      candidate('d', 0.1),
    ];
    const suggestions = offeredSections(matchOf(candidates, { a: 0.3, b: 0.05, d: 0.6 }));
    expect(suggestions.map((s) => s.section.id)).toEqual(['a', 'd', 'b']);
    expect(suggestions[1]!.confidence).toBe(0.1);
    // Another guide's section of the same id is not this guide's section already offered.
    const namesake = { id: 'other2', sections: [{ id: 'd' } as Section] } as unknown as Guide;
    const withNamesake = [candidate('a', 0.8), candidate('b', 0.5), { ...candidate('x', 0.3, namesake) }];
    expect(offeredSections(matchOf(withNamesake, { a: 0.3, b: 0.2, d: 0.5 })).map((s) => s.guide.id)).toEqual(
      ['g', 'g', 'g'],
    );
  });

  it('leaves fewer than three offered sections, or none, as they are', () => {
    expect(offered(matchOf([candidate('a', 0.8), candidate('b', 0.3)], { c: 0.9 }))).toEqual(['a', 'b']);
    expect(offered(matchOf([], { c: 0.9 }))).toEqual([]);
  });
});
