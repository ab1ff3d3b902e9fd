import { describe, expect, it } from 'vitest';
import { validateView } from '../../../src/core/block-kit/index.js';
import { renderAnswer } from '../../../src/core/render/render-answer.js';
import { renderInModal } from '../../../src/core/render/render-in-modal.js';
import { actionIdsOf, DEFAULT_GUIDE, sectionOf } from './render-fixtures.js';

describe('renderInModal', () => {
  const choose = sectionOf(DEFAULT_GUIDE, 'choose');
  const message = renderAnswer({
    guide: DEFAULT_GUIDE,
    section: choose,
    confidence: 1,
    band: 'best',
    shareable: true,
  });
  const view = renderInModal(message);

  it('is a modal Slack accepts, with a title and a close button but nothing to submit', () => {
    expect(validateView(view)).toEqual([]);
    expect(view.type).toBe('modal');
    expect(view.close).toBeDefined();
    expect(view).not.toHaveProperty('submit');
  });

  it("keeps the message's blocks in order, less the share and feedback buttons", () => {
    const kept = message.blocks.filter((block) => block.type !== 'actions').map((block) => block.type);
    expect(view.blocks.filter((block) => block.type !== 'actions').map((block) => block.type)).toEqual(kept);
    const ids = actionIdsOf(view.blocks);
    expect(ids).toContain('certpath.quiz');
    expect(ids.some((id) => id.startsWith('certpath.topic.'))).toBe(true);
    expect(ids.filter((id) => id === 'certpath.share' || id.startsWith('certpath.feedback'))).toEqual([]);
  });

  it('cuts a long title to the 24 characters Slack allows', () => {
    const long = renderInModal(message, 'A title that is far too long for a modal');
    expect(Array.from(long.title.text).length).toBeLessThanOrEqual(24);
    expect(validateView(long)).toEqual([]);
  });
});
