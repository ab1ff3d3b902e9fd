import { describe, expect, it } from 'vitest';
import { validateMessage, validateView } from '../../../src/core/block-kit/index.js';
import { renderGapsPanel } from '../../../src/core/render/render-gaps-panel.js';
import { renderHomeView } from '../../../src/core/render/render-home-view.js';
import { renderTopicFollowUp } from '../../../src/core/render/render-topic-follow-up.js';
import { GUIDES } from '../../support/slack-harness.js';

const strange = `<!channel> *bold* <https://evil.example|click> \u0007${'x'.repeat(40_000)}`;
const gaps = {
  days: 30,
  unanswered: Array.from({ length: 10 }, (_, i) => ({
    normalized: `question ${i} ${'y'.repeat(300)}`.slice(0, 200),
    question: i === 0 ? strange : `question ${i}?`,
    count: 10 - i,
    lastSeen: '2026-11-29T10:00:00.000Z',
    outcome: 'did-you-mean',
    bestGuess: { guideId: 'aws-architect-vs-developer', sectionId: 'salary', confidence: 0.41 },
  })),
  suggestions: [
    { guideId: 'aws-architect-vs-developer', sectionId: 'salary', question: '<@U123> pay?', count: 2 },
  ],
};

describe('renderGapsPanel', () => {
  const home = renderHomeView({ guides: GUIDES, command: '/certpath' });
  const panel = renderGapsPanel({ guides: GUIDES, gaps, maxBlocks: 100 - home.blocks.length });

  it('fits the Home view within Block Kit limits, however strange the questions', () => {
    expect(validateView({ ...home, blocks: [...home.blocks, ...panel] })).toEqual([]);
  });

  it('shows each question escaped, cut and on one line: no ping, no link, no markup of its own', () => {
    const text = JSON.stringify(panel);
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<https://evil');
    expect(text).not.toContain('\\u0007');
    expect(text).toContain('&lt;!channel&gt;');
  });

  it('offers every section of the guide under each question', () => {
    const picker = panel.find(
      (block) => 'accessory' in block && block.accessory?.type === 'static_select',
    ) as {
      accessory: { options: { value: string }[] };
    };
    expect(picker.accessory.options.map((o) => o.value)).toEqual(
      GUIDES[0]!.sections.map((s) => `aws-architect-vs-developer/${s.id}`),
    );
  });

  it('says so when the store cannot be read, or when nothing is missing', () => {
    expect(JSON.stringify(renderGapsPanel({ guides: GUIDES, maxBlocks: 10 }))).toContain('cannot be read');
    const none = renderGapsPanel({
      guides: GUIDES,
      gaps: { days: 7, unanswered: [], suggestions: [] },
      maxBlocks: 10,
    });
    expect(JSON.stringify(none)).toContain('Nothing unanswered in the last 7 days');
  });
});

describe('renderTopicFollowUp', () => {
  it("asks which topic was wanted, with the guide's topics, as a valid message", () => {
    const block = renderTopicFollowUp(GUIDES[0]!, 'C0GENERAL:1700000000.000100');
    expect(validateMessage({ text: 'Thanks', blocks: [block] as never })).toEqual([]);
    expect(block.text.text).toContain('Which topic were you looking for?');
    expect('options' in block.accessory && block.accessory.options).toHaveLength(GUIDES[0]!.sections.length);
  });
});
