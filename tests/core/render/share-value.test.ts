import { describe, expect, it } from 'vitest';
import { BLOCK_KIT_LIMITS } from '../../../src/core/block-kit/index.js';
import {
  ACTION_IDS,
  ANSWER_WORDS,
  parseShareValue,
  shareValue,
  withShareDone,
} from '../../../src/core/render/index.js';
import type { SlackMessage } from '../../../src/core/render/slack-message.js';

const REF = {
  guideId: 'g',
  sectionId: 's',
  confidence: 0.92,
  band: 'possible' as const,
  question: 'is it <!channel> hard?',
};

describe('shareValue', () => {
  it('reads back as the answer the asker saw: band, confidence and question', () => {
    expect(parseShareValue(shareValue(REF))).toEqual(REF);
  });

  it('keeps within the button value limit however long the question', () => {
    const value = shareValue({ ...REF, question: '😀'.repeat(5000) });
    expect(value.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.buttonValue);
    expect(parseShareValue(value)).toMatchObject({ guideId: 'g', confidence: 0.92, band: 'possible' });
  });

  it('never carries a broadcast', () => {
    expect(shareValue(REF)).not.toContain('<!channel>');
  });

  it('reads a button from before as a best match with full confidence', () => {
    expect(parseShareValue('g/s')).toEqual({ guideId: 'g', sectionId: 's', confidence: 1, band: 'best' });
  });

  it('refuses anything else', () => {
    for (const value of ['', 'x|{}', 'b|not json', 'g/s/t']) expect(parseShareValue(value)).toBeUndefined();
  });
});

describe('withShareDone', () => {
  const share = { type: 'button', action_id: ACTION_IDS.share, text: { type: 'plain_text', text: 'Share' } };
  const helpful = {
    type: 'button',
    action_id: ACTION_IDS.feedbackHelpful,
    text: { type: 'plain_text', text: '👍' },
  };
  const source = { type: 'context', elements: [{ type: 'mrkdwn', text: 'From *G*' }] };
  const message = (extra: number): SlackMessage =>
    ({
      text: 'answer',
      blocks: [
        ...Array.from({ length: extra }, () => ({ type: 'divider' })),
        source,
        { type: 'actions', elements: [share, helpful] },
      ],
    }) as SlackMessage;

  it('takes out the Share button and says it was shared where it was', () => {
    const done = withShareDone(message(1));
    expect(JSON.stringify(done.blocks)).not.toContain(ACTION_IDS.share);
    expect(done.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [expect.objectContaining({ text: ANSWER_WORDS.shared })],
    });
    expect(JSON.stringify(done.blocks)).toContain(ACTION_IDS.feedbackHelpful);
  });

  it('stays within the block limit by adding the line to the source line', () => {
    const full = message(BLOCK_KIT_LIMITS.messageBlocks - 2);
    const done = withShareDone(full);
    expect(done.blocks).toHaveLength(BLOCK_KIT_LIMITS.messageBlocks);
    expect(JSON.stringify(done.blocks.at(-2))).toContain(ANSWER_WORDS.shared);
  });
});
