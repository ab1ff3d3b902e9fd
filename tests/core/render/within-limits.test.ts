import { describe, expect, it } from 'vitest';
import { validateMessage } from '../../../src/core/block-kit/index.js';
import { header, section } from '../../../src/core/render/block-builders.js';
import type { SlackMessage } from '../../../src/core/render/slack-message.js';
import { withinLimits } from '../../../src/core/render/within-limits.js';

describe('withinLimits', () => {
  it('passes a message that keeps every limit through unchanged', () => {
    const message: SlackMessage = {
      text: 'Which exam is harder?',
      blocks: [header('Which exam is harder?')],
    };
    expect(withinLimits(message)).toBe(message);
  });

  it('falls back to the text alone when Slack would refuse the blocks', () => {
    const tooMany = Array.from({ length: 60 }, (_, i) => section(`row ${i}`));
    const fallback = withinLimits({ text: 'Salary: architects often earn slightly more.', blocks: tooMany });
    expect(fallback.blocks).toHaveLength(1);
    expect(JSON.stringify(fallback.blocks)).toContain('architects often earn slightly more');
    expect(validateMessage(fallback)).toEqual([]);
  });
});
