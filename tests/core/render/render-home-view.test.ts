import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/core/guide.js';
import { BUTTON_LABELS, HELP_WORDS, HOME_WORDS } from '../../../src/core/render/messages.js';
import { renderHomeView } from '../../../src/core/render/render-home-view.js';
import { sidesLine } from '../../../src/core/render/side-heading.js';
import {
  ALL_GUIDES,
  actionIdsOf,
  allText,
  buttonLabelsOf,
  DEFAULT_GUIDE,
  expectPublishable,
  FIXTURE_GUIDE,
} from './render-fixtures.js';

describe('renderHomeView', () => {
  const view = renderHomeView({ guides: ALL_GUIDES, command: '/certpath' });
  const text = allText(view);

  it('is a Home tab that says what the bot does and how to ask', () => {
    expect(view.type).toBe('home');
    expect(text).toContain(HOME_WORDS.title);
    expect(view.blocks.slice(0, 3).map((block) => block.type)).toEqual(['header', 'section', 'section']);
    expect(text).toContain('`/certpath <your question>`');
    expect(text).toContain(HELP_WORDS.howTitle);
    expectPublishable(view);
  });

  it('lists each guide with its sides, exam codes and number of sections', () => {
    expect(text).toContain(HOME_WORDS.guideLine(DEFAULT_GUIDE.title, sidesLine(DEFAULT_GUIDE.sides), 19));
    expect(text).toContain('SAA-C03');
    expect(text).toContain('DVA-C02');
    expect(text).toContain(
      `*${FIXTURE_GUIDE.title}*\n:gear: *SysOps* · SOA-C02  vs  *DevOps* · DOP-C02 · 3 sections`,
    );
  });

  it('shows every topic as a button, with unique action ids', () => {
    const labels = buttonLabelsOf(view.blocks);
    for (const guide of ALL_GUIDES)
      for (const section of guide.sections) expect(labels).toContain(section.title);
    const ids = actionIdsOf(view.blocks);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offers the quiz for each guide with a recommender, and only those', () => {
    const labels = buttonLabelsOf(view.blocks).filter((label) => label === BUTTON_LABELS.quiz);
    expect(labels).toHaveLength(1);
    const twice = renderHomeView({
      guides: [DEFAULT_GUIDE, { ...DEFAULT_GUIDE, id: 'copy' }],
      command: '/certpath',
    });
    expect(actionIdsOf(twice.blocks).filter((id) => id.startsWith('certpath.quiz'))).toEqual([
      'certpath.quiz',
      'certpath.quiz.1',
    ]);
    expectPublishable(twice);
  });

  it('stays within 100 blocks with many guides', () => {
    const guides: Guide[] = Array.from({ length: 40 }, (_, n) => ({
      ...DEFAULT_GUIDE,
      id: `g-${n}`,
      title: `Guide ${n}`,
    }));
    const many = renderHomeView({ guides, command: '/certpath' });
    expectPublishable(many);
    expect(allText(many)).toContain('*Guide 39*');
  });
});
