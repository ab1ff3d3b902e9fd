import { describe, expect, it } from 'vitest';
import { validateMessage } from '../../../src/core/block-kit/index.js';
import { button, goodMessage, mrkdwn, repeat, section } from './block-fixtures.js';

/** The paths of the problems found in a message with these blocks. */
function problemPaths(blocks: unknown[], text = 'fallback'): string[] {
  return validateMessage({ text, blocks }).map((p) => p.path);
}

describe('validateMessage', () => {
  it('accepts a message that uses most block types within every limit', () => {
    expect(validateMessage(goodMessage())).toEqual([]);
  });

  it('accepts a plain text message and exactly 50 blocks', () => {
    expect(validateMessage({ text: 'hello' })).toEqual([]);
    expect(problemPaths(Array.from({ length: 50 }, () => ({ type: 'divider' })))).toEqual([]);
  });

  it('rejects more than 50 blocks', () => {
    const problems = validateMessage({
      text: 'x',
      blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })),
    });
    expect(problems).toEqual([{ path: 'blocks', message: 'must have at most 50 items (has 51)' }]);
  });

  it('requires a fallback text with blocks, and text or blocks without', () => {
    expect(validateMessage({ blocks: [{ type: 'divider' }] })).toEqual([
      { path: 'text', message: 'a fallback text is required with blocks' },
    ]);
    expect(validateMessage({ text: '' })).toEqual([{ path: 'text', message: 'text or blocks are required' }]);
  });

  it('requires action_ids and block_ids to be unique across the message', () => {
    const blocks = [
      { type: 'actions', block_id: 'row', elements: [button('go')] },
      { type: 'actions', block_id: 'row', elements: [button('go')] },
    ];
    expect(validateMessage({ text: 'x', blocks })).toEqual([
      { path: 'blocks[1].block_id', message: 'block_id "row" is used more than once' },
      { path: 'blocks[1].elements[0].action_id', message: 'action_id "go" is used more than once' },
    ]);
  });

  it('rejects more than 12,000 characters of text across blocks (msg_blocks_too_long)', () => {
    const blocks = Array.from({ length: 5 }, () => section(repeat('x', 2500)));
    expect(validateMessage({ text: 'x', blocks })).toEqual([
      { path: 'blocks', message: 'text across blocks must be at most 12000 characters (is 12500)' },
    ]);
    expect(problemPaths(blocks.slice(0, 4))).toEqual([]);
  });

  it('rejects broadcast mentions in the text and in blocks', () => {
    expect(validateMessage({ text: 'hey <!here>' }).map((p) => p.path)).toEqual(['text']);
    expect(problemPaths([section('ping <!channel|channel>')])).toEqual(['blocks[0].text.text']);
    expect(validateMessage({ text: 'mail me at team@example.com about <#C0GENERAL|general>' })).toEqual([]);
  });

  it('reports every problem, not just the first', () => {
    const blocks = [{ type: 'header', text: mrkdwn(repeat('h', 151)) }, { type: 'nope' }];
    expect(problemPaths(blocks)).toEqual(['blocks[0].text.type', 'blocks[0].text.text', 'blocks[1].type']);
  });
});
