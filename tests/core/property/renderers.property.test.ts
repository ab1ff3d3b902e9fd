import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/core/answer/answerer.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { renderAnswer, renderDidYouMean, renderNotFound } from '../../../src/core/render/index.js';
import type { Suggestion } from '../../../src/core/render/suggestion.js';
import { CONTENT_DIR } from '../../support/content-copy.js';
import { hostileQuestion, hugeQuestion, messageProblems } from './hostile-text.js';

const guides = loadContent(CONTENT_DIR);
const answerer = createAnswerer(guides);
const refs = guides.flatMap((guide) => guide.sections.map((section) => ({ guide, section })));

const anyQuestion = fc.oneof(
  { weight: 9, arbitrary: hostileQuestion },
  { weight: 1, arbitrary: hugeQuestion },
);
const suggestions: fc.Arbitrary<Suggestion[]> = fc
  .array(
    fc.record({ ref: fc.constantFrom(...refs), confidence: fc.double({ min: 0, max: 1, noNaN: true }) }),
    { maxLength: 6 },
  )
  .map((picked) => picked.map(({ ref, confidence }) => ({ ...ref, confidence })));

describe('the renderers on hostile text', () => {
  it('renderDidYouMean quotes any question safely', () => {
    fc.assert(
      fc.property(anyQuestion, suggestions, (question, offered) => {
        expect(messageProblems(renderDidYouMean({ question, suggestions: offered }))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('renderNotFound quotes any question and any uncovered topic safely', () => {
    fc.assert(
      fc.property(
        anyQuestion,
        fc.option(hostileQuestion, { nil: undefined }),
        suggestions,
        (question, topic, offered) => {
          const message = renderNotFound({
            question,
            ...(topic === undefined ? {} : { uncoveredTopic: topic }),
            suggestions: offered,
            guides,
          });
          expect(messageProblems(message)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('renderAnswer keeps any question (in the feedback buttons) within limits and inert', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...refs),
        anyQuestion,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('best', 'possible' as const),
        fc.boolean(),
        ({ guide, section }, question, confidence, band, shareable) => {
          const message = renderAnswer({ guide, section, confidence, band, question, shareable });
          expect(messageProblems(message)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('renderSection shows any sharer id safely: a user id as a mention, anything else as text', () => {
    const sharer = fc.oneof(
      hostileQuestion,
      fc.constantFrom('U0HUMAN', 'W0ENTERPRISE', '<!channel>', 'U0X|<!here>'),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...refs),
        sharer,
        fc.boolean(),
        ({ guide, section }, sharedBy, shareable) => {
          const message = answerer.renderSection(guide.id, section.id, { shareable, sharedBy });
          expect(message).toBeDefined();
          const mention = /^[UW][A-Z0-9]+$/.test(sharedBy) ? `<@${sharedBy}>` : undefined;
          expect(messageProblems(message!, mention)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
