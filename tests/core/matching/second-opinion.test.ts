import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Guide, Section } from '../../../src/core/guide.js';
import type { GuideIndex } from '../../../src/core/matching/guide-index.js';
import type { Candidate } from '../../../src/core/matching/match-question.js';
import { secondOpinion } from '../../../src/core/matching/second-opinion.js';
import { TUNING } from '../../../src/core/matching/tuning.js';

const guide = { id: 'g' } as Guide;
const section = (id: string) => ({ id }) as Section;
/** An index whose classifier always gives these probabilities. */
const indexWith = (probabilities: Record<string, number>) =>
  [
    { guide, classifier: { probabilities: () => new Map(Object.entries(probabilities)) } },
  ] as unknown as GuideIndex[];
const candidate = (id: string, score: number, confidence: number, evidence = 2, coverage = 1): Candidate => ({
  guide,
  section: section(id),
  score,
  confidence,
  coverage,
  evidence,
});

/** A topic the guide does not cover, ranked among the sections. */
const uncoveredCandidate = (score: number, confidence: number) =>
  ({ guide, uncovered: { topic: 'Exam price' }, score, confidence, coverage: 1, evidence: 2 }) as Candidate;

/** What the second opinion changed in the ranking. */
const opinionOf = (...args: Parameters<typeof secondOpinion>) => secondOpinion(...args).opinion;

/** TUNING is read-only to the code; a test turns the blend off to test the rules before it alone. */
const setBlendWeight = (weight: number) => {
  (TUNING.classifier.blend as { weight: number }).weight = weight;
};

/** The rules below are tested on their own; the blend that follows them has its own tests (at the end). */
function withoutTheBlend() {
  const { weight } = TUNING.classifier.blend;
  beforeEach(() => {
    setBlendWeight(0);
  });
  afterEach(() => {
    setBlendWeight(weight);
  });
}

describe('secondOpinion', () => {
  withoutTheBlend();

  it('breaks a near tie for the section the classifier clearly prefers, keeping the lead confidence', () => {
    const candidates = [candidate('skills', 10, 0.5), candidate('skills-matrix', 9, 0.45)];
    const opinion = opinionOf(indexWith({ skills: 0.1, 'skills-matrix': 0.6 }), candidates, []);
    expect(opinion).toBe('tie-broken');
    expect(candidates.map((c) => c.section?.id)).toEqual(['skills-matrix', 'skills']);
    expect(candidates[0]!.confidence).toBe(0.5);
  });

  it("leaves a near tie alone when one side's own section leads by the question's shape (what that side is)", () => {
    const sideLead = () => [
      {
        ...candidate('developer', 10, 0.5),
        section: { ...section('developer'), side: 'developer' } as Section,
        shaped: true as const,
      },
      candidate('job-roles', 9, 0.45),
    ];
    const kept = sideLead();
    expect(opinionOf(indexWith({ developer: 0.1, 'job-roles': 0.6 }), kept, [])).toBeUndefined();
    expect(kept.map((c) => c.section?.id)).toEqual(['developer', 'job-roles']);
    // The same lead without the shape's bonus is an ordinary near tie.
    const plain = [{ ...sideLead()[0]!, shaped: undefined }, candidate('job-roles', 9, 0.45)];
    expect(opinionOf(indexWith({ developer: 0.1, 'job-roles': 0.6 }), plain, [])).toBe('tie-broken');
  });

  it("keeps one side's own section ahead of the side-by-side default when only that side is asked of", () => {
    const overview = section('overview');
    const index = indexWith({ developer: 0.1, overview: 0.6 });
    (index[0] as { defaultSection?: Section }).defaultSection = overview;
    const sideLead = () => [
      {
        ...candidate('developer', 10, 0.5),
        section: { ...section('developer'), side: 'developer' } as Section,
      },
      { ...candidate('overview', 9, 0.45), section: overview },
    ];
    const kept = sideLead();
    expect(secondOpinion(index, kept, [], 'named', false, 'developer').opinion).not.toBe('tie-broken');
    expect(kept[0]!.section?.id).toBe('developer');
    // Asked of both (no one side), the same near tie is the classifier's to break.
    const broken = sideLead();
    expect(secondOpinion(index, broken, [], 'named', false).opinion).toBe('tie-broken');
    expect(broken[0]!.section?.id).toBe('overview');
  });

  it('leaves a clear lead alone when the classifier prefers another section without being sure of it', () => {
    const candidates = [candidate('skills', 10, 0.5), candidate('skills-matrix', 5, 0.2)];
    // Preferred by 0.3, but under the probability a sure opinion needs.
    opinionOf(indexWith({ skills: 0.1, 'skills-matrix': 0.4, coding: 0.15 }), candidates, []);
    expect(candidates[0]!.section?.id).toBe('skills');
  });

  it('leaves a lead far enough ahead alone however sure the classifier is', () => {
    const { share } = TUNING.classifier.sure;
    const candidates = [candidate('skills', 10, 0.5), candidate('skills-matrix', 10 * share - 0.1, 0.2)];
    opinionOf(indexWith({ skills: 0.01, 'skills-matrix': 0.95 }), candidates, []);
    expect(candidates[0]!.section?.id).toBe('skills');
  });

  it('widens the tie for a sure first choice among the three, from the tuned share of the lead score on', () => {
    const { share, probability, lead } = TUNING.classifier.sure;
    const sure = { skills: probability / lead, 'skills-matrix': probability, coding: 0.01 };
    const candidates = [
      candidate('skills', 10, 0.7),
      candidate('coding', 6, 0.2),
      candidate('skills-matrix', 10 * share, 0.1),
    ];
    expect(opinionOf(indexWith(sure), candidates, [])).toBe('tie-broken');
    expect(candidates.map((c) => c.section?.id)).toEqual(['skills-matrix', 'coding', 'skills']);
    // The lead's confidence stays: a sure classifier reorders, it does not make the answer surer.
    expect(candidates[0]!.confidence).toBe(0.7);
  });

  it('does not widen the tie when the classifier gives the lead more than a tuned share of its choice', () => {
    const { share, probability, lead } = TUNING.classifier.sure;
    const candidates = [candidate('skills', 10, 0.7), candidate('skills-matrix', 10 * share, 0.1)];
    const unsure = { skills: (probability / lead) * 1.2, 'skills-matrix': probability };
    expect(opinionOf(indexWith(unsure), candidates, [])).toBeUndefined();
    expect(candidates[0]!.section?.id).toBe('skills');
    const tooLow = { skills: 0.01, 'skills-matrix': probability - 0.05, coding: 0.02 };
    expect(opinionOf(indexWith(tooLow), candidates, [])).toBeUndefined();
    expect(candidates[0]!.section?.id).toBe('skills');
  });

  it("never widens the tie beyond the matcher's top three", () => {
    const candidates = [
      candidate('skills', 10, 0.7),
      candidate('coding', 9, 0.2),
      candidate('salary', 8, 0.1),
      candidate('skills-matrix', 7, 0.1),
    ];
    opinionOf(indexWith({ skills: 0.01, 'skills-matrix': 0.95 }), candidates, []);
    expect(candidates[0]!.section?.id).toBe('skills');
  });

  it('counts as a near tie a runner-up from the tuned share of the lead score on, not below it', () => {
    const { nearTie } = TUNING.classifier;
    // A clear preference, short of a sure one (which widens the tie, see below).
    const prefer = { skills: 0.2, 'skills-matrix': 0.6 };
    const within = [candidate('skills', 10, 0.5), candidate('skills-matrix', 10 * nearTie, 0.3)];
    expect(opinionOf(indexWith(prefer), within, [])).toBe('tie-broken');
    expect(within[0]!.section?.id).toBe('skills-matrix');
    const beyond = [candidate('skills', 10, 0.5), candidate('skills-matrix', 10 * nearTie - 0.1, 0.3)];
    expect(opinionOf(indexWith(prefer), beyond, [])).toBeUndefined();
    expect(beyond[0]!.section?.id).toBe('skills');
  });

  it('breaks a tie only for its own first choice, not for one also-ran over another', () => {
    const candidates = [candidate('choose', 10, 0.55), candidate('overview', 9.5, 0.5)];
    opinionOf(indexWith({ developer: 0.3, overview: 0.2, choose: 0.05 }), candidates, []);
    expect(candidates[0]!.section?.id).toBe('choose');
  });

  it('never brings in a section the matcher did not rank', () => {
    const candidates = [candidate('skills', 10, 0.5), candidate('coding', 9.5, 0.45)];
    opinionOf(indexWith({ salary: 0.9, skills: 0.05, coding: 0.05 }), candidates, []);
    expect(candidates.map((c) => c.section?.id)).toEqual(['skills', 'coding']);
  });

  it('confirms a "did you mean" it agrees with as "possibly relevant", never more', () => {
    const candidates = [candidate('salary', 10, 0.3, 2, 0.6), candidate('career-path', 6, 0.1)];
    expect(opinionOf(indexWith({ salary: 0.7 }), candidates, [])).toBe('confirmed');
    expect(candidates[0]!.confidence).toBe(TUNING.bands.possible);
  });

  it('confirms from the tuned probability on, not below it', () => {
    const { confirm } = TUNING.classifier;
    const at = [candidate('salary', 10, 0.3, 2, 0.6)];
    expect(opinionOf(indexWith({ salary: confirm, coding: 0.05 }), at, [])).toBe('confirmed');
    const under = [candidate('salary', 10, 0.3, 2, 0.6)];
    expect(opinionOf(indexWith({ salary: confirm - 0.01, coding: 0.05 }), under, [])).toBeUndefined();
  });

  it('confirms a named question from the lower coverage at which it gets "did you mean", others not', () => {
    const coverage = (TUNING.bands.namedSuggestCoverage + TUNING.bands.suggestCoverage) / 2;
    const named = [candidate('salary', 10, 0.2, 2, coverage)];
    expect(opinionOf(indexWith({ salary: 0.7 }), named, [], 'named')).toBe('confirmed');
    const implied = [candidate('salary', 10, 0.2, 2, coverage)];
    expect(opinionOf(indexWith({ salary: 0.7 }), implied, [], 'implied')).toBeUndefined();
    expect(implied[0]!.confidence).toBe(0.2);
  });

  it('confirms a later pick of the "did you mean" when it is the classifier\'s clear first choice', () => {
    // Far from a near tie: only an unsure lead lets the classifier pick among the three it would offer.
    const picks = [
      candidate('salary', 10, 0.3, 2, 0.6),
      candidate('coding', 3, 0.1),
      candidate('career-path', 2, 0.1),
    ];
    expect(opinionOf(indexWith({ 'career-path': 0.5, salary: 0.2 }), picks, [])).toBe('confirmed');
    expect(picks.map((c) => c.section?.id)).toEqual(['career-path', 'salary', 'coding']);
    expect(picks[0]!.confidence).toBe(TUNING.bands.possible);
    // Not without a clear lead (twice its second choice), and not beyond the three it would offer.
    const close = [candidate('salary', 10, 0.3, 2, 0.6), candidate('coding', 3, 0.1)];
    expect(opinionOf(indexWith({ coding: 0.4, salary: 0.3 }), close, [])).toBeUndefined();
    const beyond = [0, 1, 2, 3].map((k) =>
      candidate(['salary', 'coding', 'skills', 'levels'][k]!, 10 - k, 0.1, 2, 0.6),
    );
    expect(opinionOf(indexWith({ levels: 0.8 }), beyond, [])).toBeUndefined();
    expect(beyond[0]!.section?.id).toBe('salary');
  });

  it('does not confirm a "did you mean" on a weak or different opinion', () => {
    const weak = [candidate('salary', 10, 0.3, 2, 0.6)];
    const unsure = TUNING.classifier.confirm - 0.05;
    expect(opinionOf(indexWith({ salary: unsure, coding: 0.1 }), weak, [])).toBeUndefined();
    const other = [candidate('salary', 10, 0.3, 2, 0.6)];
    expect(opinionOf(indexWith({ salary: 0.3, coding: 0.6 }), other, [])).toBeUndefined();
    expect(other[0]!.confidence).toBe(0.3);
  });

  it('keeps a match on one shared word out of "best" unless the classifier picks it too', () => {
    const doubted = [candidate('difficulty', 10, 1, 1)];
    expect(opinionOf(indexWith({ difficulty: 0.05, 'job-roles': 0.4 }), doubted, [])).toBe('capped');
    expect(doubted[0]!.confidence).toBe(TUNING.confidence.singleWordCap);
    const narrowly = [candidate('choose', 10, 1, 1)];
    expect(opinionOf(indexWith({ choose: 0.2, overview: 0.15 }), narrowly, [])).toBe('capped');
    const agreed = [candidate('salary', 10, 1, 1)];
    expect(opinionOf(indexWith({ salary: 0.7 }), agreed, [])).toBeUndefined();
    expect(agreed[0]!.confidence).toBe(1);
  });

  it('leaves "not covered" alone', () => {
    const candidates: Candidate[] = [
      {
        guide,
        uncovered: { topic: 'Exam price', keywords: [] },
        score: 10,
        confidence: 0.9,
        coverage: 1,
        evidence: 2,
      },
      candidate('salary', 9.9, 0.5),
    ];
    expect(opinionOf(indexWith({ salary: 0.9 }), candidates, [])).toBeUndefined();
    expect(candidates[0]!.uncovered?.topic).toBe('Exam price');
  });
});

describe('secondOpinion: doubt', () => {
  withoutTheBlend();
  const { channelDoubt } = TUNING.classifier;
  const top = candidate('salary', 10, 0.8);

  it('doubts a first section the classifier ranks below another and gives less than the tuned share', () => {
    expect(secondOpinion(indexWith({ salary: channelDoubt / 2, 'job-roles': 0.7 }), [top], []).doubted).toBe(
      true,
    );
  });

  it('does not doubt a section it gives the tuned share or more, or picks first however unsure', () => {
    expect(secondOpinion(indexWith({ salary: channelDoubt, 'job-roles': 0.7 }), [top], []).doubted).toBe(
      false,
    );
    expect(secondOpinion(indexWith({ salary: 0.05, 'job-roles': 0.04 }), [top], []).doubted).toBe(false);
  });

  it('agrees when it picks the first section itself, with a clear lead over its second choice', () => {
    const { clearLead } = TUNING.classifier;
    expect(secondOpinion(indexWith({ salary: 0.4, 'job-roles': 0.4 / clearLead }), [top], []).agreed).toBe(
      true,
    );
    expect(secondOpinion(indexWith({ salary: 0.4, 'job-roles': 0.3 }), [top], []).agreed).toBe(false);
    expect(secondOpinion(indexWith({ salary: 0.1, 'job-roles': 0.7 }), [top], []).agreed).toBe(false);
  });

  it('has nothing to doubt without a section first', () => {
    expect(secondOpinion(indexWith({ salary: 0 }), [], []).doubted).toBe(false);
    expect(secondOpinion(indexWith({ salary: 0 }), [{ ...top, section: undefined }], []).doubted).toBe(false);
  });
  it("moves the classifier's first choice up to third when the matcher ranked it lower, and nothing else", () => {
    const candidates = [
      candidate('skills', 10, 0.7),
      candidate('coding', 9, 0.5),
      candidate('difficulty', 8, 0.4),
      candidate('salary', 7, 0.3),
      candidate('levels', 2, 0.1),
    ];
    const result = secondOpinion(indexWith({ skills: 0.2, levels: 0.6 }), candidates, []);
    expect(candidates.map((c) => c.section?.id)).toEqual([
      'skills',
      'coding',
      'levels',
      'difficulty',
      'salary',
    ]);
    // Its own confidence stays; the answer and its runner-up are untouched.
    expect(candidates[2]!.confidence).toBe(0.1);
    expect(result.opinion).toBeUndefined();
  });

  it('counts only sections for the first three: an uncovered topic among them is passed over', () => {
    const uncovered = uncoveredCandidate(8.5, 0.45);
    const candidates = [
      candidate('skills', 10, 0.7),
      uncovered,
      candidate('coding', 8, 0.4),
      candidate('difficulty', 7, 0.3),
      candidate('levels', 2, 0.1),
    ];
    secondOpinion(indexWith({ skills: 0.2, levels: 0.6 }), candidates, []);
    expect(candidates.map((c) => c.section?.id ?? 'uncovered')).toEqual([
      'skills',
      'uncovered',
      'coding',
      'levels',
      'difficulty',
    ]);
  });

  it('leaves the order alone when the classifier picks one of the first three', () => {
    const candidates = [
      candidate('skills', 10, 0.7),
      candidate('coding', 9, 0.5),
      candidate('difficulty', 5, 0.4),
      candidate('levels', 2, 0.1),
    ];
    secondOpinion(indexWith({ skills: 0.1, difficulty: 0.3, levels: 0.2 }), candidates, []);
    expect(candidates.map((c) => c.section?.id)).toEqual(['skills', 'coding', 'difficulty', 'levels']);
  });
});

describe('secondOpinion: the blend of confidence and classifier', () => {
  const { weight } = TUNING.classifier.blend;
  /** Probabilities that make the blend of `second` (confidence share `share` of the lead's) beat the lead by `margin`. */
  const against = (share: number, margin: number) => {
    // share + w·ln(p2) = 1 + w·ln(p1) + margin  →  p2 / p1 = exp((1 - share + margin) / w)
    const ratio = Math.exp((1 - share + margin) / weight);
    const lead = 0.9 / (1 + ratio);
    return { lead, second: lead * ratio };
  };

  it("gives the lead to the runner-up when its probability outweighs its lower confidence, keeping the lead's confidence and coverage", () => {
    const p = against(0.8, 0.01);
    const candidates = [candidate('skills', 10, 0.5, 2, 0.9), candidate('coding', 5, 0.4, 2, 0.6)];
    const result = secondOpinion(
      indexWith({ skills: p.lead, coding: p.second, levels: 0.1 }),
      candidates,
      [],
    );
    expect(candidates.map((c) => c.section?.id)).toEqual(['coding', 'skills']);
    expect(candidates[0]!.confidence).toBe(0.5);
    // What the matcher found the question explained stays: a "did you mean" does not become "not covered".
    expect(candidates[0]!.coverage).toBe(0.9);
    expect(candidates[1]!.confidence).toBe(0.4);
    expect(result.opinion).toBe('tie-broken');
  });

  it('confirms as "possibly relevant" an unsure lead it gave to the classifier\'s own first choice', () => {
    // Preferred, but not clearly (under `clearLead` times the lead's probability): the rules before the
    // blend confirm only a clear choice below the first. Both unsure ("did you mean"), far apart on score.
    const p = against(0.95, 0.01);
    expect(p.second / p.lead).toBeLessThan(TUNING.classifier.clearLead);
    const candidates = [candidate('skills', 10, 0.3, 2, 0.5), candidate('coding', 2, 0.285, 2, 0.5)];
    const result = secondOpinion(indexWith({ skills: p.lead, coding: p.second }), candidates, []);
    expect(candidates[0]!.section?.id).toBe('coding');
    expect(candidates[0]!.confidence).toBe(TUNING.bands.possible);
    expect(result.opinion).toBe('confirmed');
  });

  it('keeps the lead when the probability falls just short of outweighing the confidence', () => {
    const p = against(0.8, -0.01);
    const candidates = [candidate('skills', 10, 0.5), candidate('coding', 5, 0.4)];
    const result = secondOpinion(
      indexWith({ skills: p.lead, coding: p.second, levels: 0.1 }),
      candidates,
      [],
    );
    expect(candidates.map((c) => c.section?.id)).toEqual(['skills', 'coding']);
    expect(result.opinion).toBeUndefined();
  });

  it("keeps a lead the question's shape gave unless the classifier is all but certain of another than the recommender", () => {
    const { overShape } = TUNING.classifier.sure;
    const recommender = { ...section('choose'), recommender: {} } as Section;
    const shapedLead = () => [
      { ...candidate('choose', 10, 0.5), section: recommender, shaped: true as const },
      candidate('coding', 5, 0.4),
    ];
    // The blend alone would prefer coding (0.8 + w·ln 0.69 > 1 + w·ln 0.01): the shape keeps the lead.
    const kept = shapedLead();
    secondOpinion(indexWith({ choose: 0.01, coding: overShape - 0.01 }), kept, []);
    expect(kept[0]!.section?.id).toBe('choose');
    // From the tuned probability on, the classifier's choice among the first three takes the lead.
    const taken = shapedLead();
    expect(opinionOf(indexWith({ choose: 0.01, coding: overShape }), taken, [])).toBe('tie-broken');
    expect(taken.map((c) => c.section?.id)).toEqual(['coding', 'choose']);
    // One side's own section, there because the question asks what that side is, stays however sure.
    const sideLead = [
      { ...candidate('architect', 10, 0.5), shaped: true as const },
      candidate('job-roles', 5, 0.4),
    ];
    secondOpinion(indexWith({ architect: 0.01, 'job-roles': 0.95 }), sideLead, []);
    expect(sideLead[0]!.section?.id).toBe('architect');
  });

  it('weighs only the first sections it is tuned to, and never a topic the guide does not cover', () => {
    const { among } = TUNING.classifier.blend;
    const candidates = Array.from({ length: among + 1 }, (_, k) =>
      candidate(`s${k}`, 10 - k, 0.5 - k * 0.01),
    );
    const beyond = candidates[among]!.section!.id;
    // The classifier's own first choice is not among them (it would be offered third, see above).
    secondOpinion(indexWith({ s0: 0.001, [beyond]: 0.39, elsewhere: 0.6 }), candidates, []);
    expect(candidates[0]!.section?.id).not.toBe(beyond);
    const uncovered = uncoveredCandidate(9, 0.49);
    const withTopic = [candidate('skills', 10, 0.5), uncovered];
    secondOpinion(indexWith({ skills: 0.001 }), withTopic, []);
    expect(withTopic[0]!.section?.id).toBe('skills');
  });

  it('is off at weight 0', () => {
    const p = against(0.8, 1);
    setBlendWeight(0);
    try {
      // Too far behind on score for the rules above to reorder.
      const candidates = [candidate('skills', 10, 0.5), candidate('coding', 2, 0.4)];
      secondOpinion(indexWith({ skills: p.lead, coding: p.second }), candidates, []);
      expect(candidates[0]!.section?.id).toBe('skills');
    } finally {
      setBlendWeight(weight);
    }
  });
});
