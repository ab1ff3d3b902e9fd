import { describe, expect, it } from 'vitest';
import { renderHomeView, renderQuizModal } from '../../../src/core/render/index.js';
import { blockViews } from '../../../src/playground/display/display-blocks.js';
import { WORKSPACE_MARKUP } from '../../../src/playground/display/display-workspace.js';
import { GUIDES } from '../../support/slack-harness.js';

const views = (blocks: unknown[]) => blockViews(blocks, WORKSPACE_MARKUP);

describe('blockViews', () => {
  it('names the two columns of a comparison (fields headed by a pair of one-line names)', () => {
    const field = (text: string) => ({ type: 'mrkdwn', text });
    const [comparison, pair] = views([
      {
        type: 'section',
        fields: [
          field(':building_construction: *Architect* · SAA-C03'),
          field('💻 *Developer* · DVA-C02'),
          field('*Focus*\nDesign'),
          field('*Focus*\nCode'),
        ],
      },
      { type: 'section', fields: [field('left'), field('right')] },
    ]);
    expect(comparison).toMatchObject({ columns: ['Architect · SAA-C03', 'Developer · DVA-C02'] });
    expect(pair).not.toHaveProperty('columns');
  });

  it('lays out a section with text, two-column fields and an accessory button', () => {
    const [section] = views([
      {
        type: 'section',
        block_id: 'compare',
        text: { type: 'mrkdwn', text: '*Hi*' },
        fields: [
          { type: 'mrkdwn', text: 'left' },
          { type: 'plain_text', text: 'right :wave:' },
        ],
        accessory: {
          type: 'button',
          action_id: 'go',
          text: { type: 'plain_text', text: 'Go' },
          style: 'primary',
        },
      },
    ]);
    expect(section).toEqual({
      type: 'section',
      blockId: 'compare',
      text: [{ kind: 'bold', children: [{ kind: 'text', text: 'Hi' }] }],
      fields: [
        [{ kind: 'text', text: 'left' }],
        [
          { kind: 'text', text: 'right ' },
          { kind: 'emoji', name: 'wave', char: '👋' },
        ],
      ],
      accessory: { type: 'button', actionId: 'go', text: 'Go', style: 'primary' },
    });
  });

  it('reads header, divider, context and actions with buttons, overflow and a select', () => {
    const blocks = views([
      { type: 'header', text: { type: 'plain_text', text: 'Which exam is harder?' } },
      { type: 'divider' },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'From *guide*' }] },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: 'b',
            text: { type: 'plain_text', text: 'Docs' },
            url: 'https://docs.aws.amazon.com',
          },
          {
            type: 'button',
            action_id: 'x',
            text: { type: 'plain_text', text: 'Bad' },
            url: 'javascript:alert(1)',
          },
          {
            type: 'overflow',
            action_id: 'o',
            options: [{ text: { type: 'plain_text', text: 'One' }, value: '1' }],
          },
          {
            type: 'static_select',
            action_id: 's',
            placeholder: { type: 'plain_text', text: 'Pick' },
            options: [{ text: { type: 'plain_text', text: 'A' }, value: 'a' }],
            initial_option: { text: { type: 'plain_text', text: 'A' }, value: 'a' },
          },
        ],
      },
    ]);
    expect(blocks.map((b) => b.type)).toEqual(['header', 'divider', 'context', 'actions']);
    expect(blocks[0]).toEqual({ type: 'header', text: 'Which exam is harder?' });
    expect(blocks[3]).toMatchObject({
      blockId: 'block-3',
      elements: [
        { type: 'button', actionId: 'b', url: 'https://docs.aws.amazon.com' },
        { type: 'button', actionId: 'x', text: 'Bad' },
        { type: 'overflow', actionId: 'o', options: [{ value: '1' }] },
        { type: 'static_select', actionId: 's', placeholder: 'Pick', initial: ['a'], multi: false },
      ],
    });
    expect(blocks[3]).not.toHaveProperty('elements.1.url');
  });

  it('reads the quiz modal’s inputs: checkboxes, a select and radio buttons', () => {
    const guide = GUIDES[0]!;
    const inputs = views(renderQuizModal(guide).blocks).filter((b) => b.type === 'input');
    const kinds = inputs.map((b) => (b.type === 'input' ? b.element.type : ''));
    expect(kinds).toContain('checkboxes');
    expect(kinds).toContain('static_select');
    expect(kinds).toContain('radio_buttons');
    expect(inputs[0]).toMatchObject({ type: 'input', optional: true, label: expect.any(String) });
  });

  it('reads the Home view without an unsupported block', () => {
    const home = renderHomeView({ guides: GUIDES, command: '/certpath' });
    expect(views(home.blocks).some((b) => b.type === 'unsupported')).toBe(false);
  });

  it('marks blocks and elements it cannot draw instead of failing', () => {
    expect(views([{ type: 'rich_text', elements: [] }, 'nonsense'])).toEqual([
      { type: 'unsupported', blockType: 'rich_text' },
      { type: 'unsupported', blockType: 'unknown' },
    ]);
  });
});
