import { describe, expect, it } from 'vitest';
import { validateView } from '../../../src/core/block-kit/index.js';
import { mrkdwn, plain, repeat, section } from './block-fixtures.js';

const input = {
  type: 'input',
  label: plain('Role'),
  element: { type: 'plain_text_input', action_id: 'role' },
};

function modal(extra: Record<string, unknown> = {}) {
  return { type: 'modal', title: plain('Which exam?'), submit: plain('Go'), blocks: [input], ...extra };
}

const paths = (view: unknown) => validateView(view).map((p) => p.path);

describe('validateView', () => {
  it('accepts a modal with inputs and a Home tab', () => {
    expect(validateView(modal())).toEqual([]);
    expect(validateView({ type: 'home', blocks: [section('Welcome')] })).toEqual([]);
  });

  it('rejects a view type other than modal or home', () => {
    expect(paths({ type: 'workflow_step', blocks: [] })).toEqual(['type']);
    expect(paths('modal')).toEqual(['view']);
  });

  it.each([
    ['a title over 24 characters', modal({ title: plain(repeat('t', 25)) }), 'title.text'],
    ['a mrkdwn title', modal({ title: mrkdwn('t') }), 'title.type'],
    ['a missing title', modal({ title: undefined }), 'title'],
    ['a submit over 24 characters', modal({ submit: plain(repeat('s', 25)) }), 'submit.text'],
    ['a close over 24 characters', modal({ close: plain(repeat('c', 25)) }), 'close.text'],
    ['inputs without a submit button', modal({ submit: undefined }), 'submit'],
    [
      'more than 100 blocks',
      modal({ blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) }),
      'blocks',
    ],
    [
      'private_metadata over 3000 characters',
      modal({ private_metadata: repeat('m', 3001) }),
      'private_metadata',
    ],
    ['a callback_id over 255 characters', modal({ callback_id: repeat('c', 256) }), 'callback_id'],
  ])('rejects a modal with %s', (_name, view, path) => {
    expect(paths(view)).toEqual([path]);
  });

  it('allows 100 blocks on a Home tab but not 101', () => {
    const blocks = (n: number) => Array.from({ length: n }, () => ({ type: 'divider' }));
    expect(paths({ type: 'home', blocks: blocks(100) })).toEqual([]);
    expect(paths({ type: 'home', blocks: blocks(101) })).toEqual(['blocks']);
  });

  it('checks the blocks inside a view like a message’s', () => {
    expect(paths(modal({ blocks: [input, { ...input }] }))).toEqual(['blocks[1].element.action_id']);
  });
});
