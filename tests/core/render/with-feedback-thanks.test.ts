import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/core/answer/answerer.js';
import { renderFeedbackThanks } from '../../../src/core/render/index.js';
import { withFeedbackThanks } from '../../../src/core/render/with-feedback-thanks.js';
import { actionIds } from '../../support/blocks.js';
import { GUIDES } from '../../support/slack-harness.js';

describe('withFeedbackThanks', () => {
  const answerer = createAnswerer(GUIDES);
  const answer = answerer.ask('which exam is harder?', { mode: 'direct', shareable: true }).message!;
  const thanks = renderFeedbackThanks(true);

  it('puts the thank-you line where the feedback buttons were', () => {
    const rated = withFeedbackThanks(answer, thanks);
    const at = answer.blocks.findIndex((b) => actionIds([b]).includes('certpath.feedback.helpful'));
    expect(rated.blocks[at + 1]).toEqual(thanks.blocks[0]);
    expect(rated.blocks.slice(0, at)).toEqual(answer.blocks.slice(0, at));
  });

  it('keeps the other buttons of that row, such as Share', () => {
    const ids = actionIds(withFeedbackThanks(answer, thanks).blocks);
    expect(ids).toContain('certpath.share');
    expect(ids.filter((id) => id.startsWith('certpath.feedback'))).toEqual([]);
  });

  it('drops the row when only feedback buttons were in it', () => {
    const publicAnswer = answerer.ask('which exam is harder?', { mode: 'direct', shareable: false }).message!;
    const rated = withFeedbackThanks(publicAnswer, thanks);
    expect(rated.blocks).toHaveLength(publicAnswer.blocks.length);
    expect(rated.blocks.at(-1)).toEqual(thanks.blocks[0]);
  });

  it('keeps the notification text', () => {
    expect(withFeedbackThanks(answer, thanks).text).toBe(answer.text);
  });

  it('adds the line at the end of a message that had no feedback buttons', () => {
    const rated = withFeedbackThanks({ text: 't', blocks: [{ type: 'divider' }] }, thanks);
    expect(rated.blocks).toEqual([{ type: 'divider' }, ...thanks.blocks]);
  });
});
