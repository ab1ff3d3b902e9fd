import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/core/guide.js';
import { TOPICS_WORDS } from '../../../src/core/render/messages.js';
import { renderTopics } from '../../../src/core/render/render-topics.js';
import {
  ALL_GUIDES,
  actionIdsOf,
  allText,
  buttonLabelsOf,
  DEFAULT_GUIDE,
  expectSendable,
  FIXTURE_GUIDE,
} from './render-fixtures.js';

/** A guide with `count` sections, built from the default guide's, under a new id. */
function bigGuide(n: number, count: number): Guide {
  const sections = Array.from({ length: count }, (_, i) => ({
    ...DEFAULT_GUIDE.sections[i % DEFAULT_GUIDE.sections.length]!,
    id: `topic-${i}`,
    title: `Topic ${i} of guide ${n}`,
  }));
  return { ...DEFAULT_GUIDE, id: `guide-${n}`, title: `Guide number ${n}`, sections };
}

describe('renderTopics', () => {
  it('lists every section of every guide as a button under the guide title', () => {
    const message = renderTopics(ALL_GUIDES);
    expect(allText(message)).toContain(TOPICS_WORDS.intro);
    const titles = ALL_GUIDES.flatMap((guide) => guide.sections.map((section) => section.title));
    expect(buttonLabelsOf(message.blocks)).toEqual(titles);
    expect(message.blocks).toContainEqual(
      expect.objectContaining({
        type: 'header',
        text: expect.objectContaining({ text: FIXTURE_GUIDE.title }),
      }),
    );
    expect(allText(message)).toContain(
      TOPICS_WORDS.guideLine(':gear: *SysOps* · SOA-C02  vs  *DevOps* · DOP-C02', 3),
    );
    expectSendable(message);
  });

  it('numbers topic buttons across guides so every action id is unique', () => {
    const ids = actionIdsOf(renderTopics(ALL_GUIDES).blocks);
    expect(ids).toEqual(ids.map((_, i) => `certpath.topic.${i}`));
  });

  it('puts at most 25 buttons in a row of actions', () => {
    const message = renderTopics([bigGuide(1, 60)]);
    const rows = message.blocks.filter((block) => block.type === 'actions');
    expect(rows.map((row) => (row.type === 'actions' ? row.elements.length : 0))).toEqual([25, 25, 10]);
    expectSendable(message);
  });

  it('names the guides that do not fit on one line instead of breaking the limits', () => {
    const guides = Array.from({ length: 15 }, (_, n) => bigGuide(n, 30));
    const message = renderTopics(guides);
    expectSendable(message);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    const last = message.blocks.at(-1);
    expect(last).toMatchObject({
      type: 'section',
      text: { text: expect.stringContaining('*Guide number 14*') },
    });
    expect(allText(message)).toMatch(/^Also loaded: /m);
    expect(buttonLabelsOf(message.blocks)).toContain('Topic 29 of guide 0');
  });

  it('says so when no guide is loaded', () => {
    expect(renderTopics([])).toEqual({
      text: TOPICS_WORDS.none,
      blocks: [expect.objectContaining({ type: 'section' })],
    });
  });
});
