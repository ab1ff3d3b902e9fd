import { describe, expect, it } from 'vitest';
import { buttonMessage, interactionPayload, useEmulatorWithBot, webClient } from './emulator-fixture.js';

const option = (value: string, text: string) => ({ value, text: { type: 'plain_text', text } });

const recommender = {
  text: 'Which should I take?',
  blocks: [
    {
      type: 'section',
      block_id: 'statements',
      text: { type: 'mrkdwn', text: 'Tick what fits you' },
      accessory: {
        type: 'checkboxes',
        action_id: 'statements',
        options: [option('design', 'I enjoy system design'), option('code', 'I code every day')],
      },
    },
    {
      type: 'actions',
      block_id: 'go',
      elements: [{ type: 'button', action_id: 'recommend', text: { type: 'plain_text', text: 'Recommend' } }],
    },
  ],
};

const feedbackModal = {
  type: 'modal' as const,
  callback_id: 'feedback',
  title: { type: 'plain_text' as const, text: 'Feedback' },
  submit: { type: 'plain_text' as const, text: 'Send' },
  blocks: [
    {
      type: 'input',
      block_id: 'comment',
      label: { type: 'plain_text', text: 'Comment' },
      element: { type: 'plain_text_input', action_id: 'comment_text' },
    },
  ],
};

describe('emulator interactions', () => {
  const ctx = useEmulatorWithBot();

  it('clicks a button: a block_actions payload built from the stored message', async () => {
    const posted = await webClient(ctx.emulator).chat.postMessage({
      channel: 'C0GENERAL',
      ...buttonMessage(),
    });
    await ctx.emulator.clickButton(String(posted.ts), 'pick');
    const payload = interactionPayload(ctx.bot.requests[0]);
    expect(payload).toMatchObject({
      type: 'block_actions',
      user: { id: 'U0HUMAN' },
      container: { type: 'message', message_ts: posted.ts, channel_id: 'C0GENERAL', is_ephemeral: false },
      channel: { id: 'C0GENERAL' },
      message: { ts: posted.ts, bot_id: 'B0CERTBOT' },
      actions: [{ type: 'button', action_id: 'pick', block_id: 'choices', value: 'architect' }],
    });
    expect(payload.response_url).toMatch(/\/response\/\w+$/);
    expect(payload.trigger_id).toEqual(expect.any(String));
  });

  it('carries earlier choices in state.values when a button is clicked later', async () => {
    const { ts } = await webClient(ctx.emulator).chat.postMessage({ channel: 'D0CERTBOT', ...recommender });
    await ctx.emulator.chooseOptions(String(ts), 'statements', ['design']);
    await ctx.emulator.clickButton(String(ts), 'recommend');
    const [choice, click] = ctx.bot.requests.map(interactionPayload);
    expect(choice?.actions).toEqual([
      expect.objectContaining({
        type: 'checkboxes',
        selected_options: [option('design', 'I enjoy system design')],
      }),
    ]);
    expect(click?.state).toEqual({
      values: {
        statements: {
          statements: { type: 'checkboxes', selected_options: [option('design', 'I enjoy system design')] },
        },
      },
    });
  });

  it('refuses an option the element does not have', async () => {
    const { ts } = await webClient(ctx.emulator).chat.postMessage({ channel: 'C0GENERAL', ...recommender });
    await expect(ctx.emulator.chooseOptions(String(ts), 'statements', ['nope'])).rejects.toMatchObject({
      code: 'TARGET_NOT_FOUND',
    });
    await expect(ctx.emulator.clickButton(String(ts), 'missing')).rejects.toMatchObject({
      code: 'TARGET_NOT_FOUND',
    });
  });

  it('submits a modal with its typed values and closes it on an empty ack', async () => {
    const opened = await webClient(ctx.emulator).views.open({
      trigger_id: ctx.emulator.issueTriggerId(),
      view: feedbackModal,
    });
    const viewId = String(opened.view?.id);
    const result = await ctx.emulator.submitView(viewId, { comment_text: 'Great bot' });
    expect(result.outcome).toBe('closed');
    expect(interactionPayload(ctx.bot.requests[0])).toMatchObject({
      type: 'view_submission',
      view: {
        id: viewId,
        callback_id: 'feedback',
        state: { values: { comment: { comment_text: { type: 'plain_text_input', value: 'Great bot' } } } },
      },
    });
    expect(ctx.emulator.workspace.views.openModals('U0HUMAN')).toEqual([]);
  });

  it('keeps the modal open with errors, and updates it when the ack says so', async () => {
    const opened = await webClient(ctx.emulator).views.open({
      trigger_id: ctx.emulator.issueTriggerId(),
      view: feedbackModal,
    });
    const viewId = String(opened.view?.id);
    ctx.bot.reply = () => ({ body: { response_action: 'errors', errors: { comment: 'Say a bit more' } } });
    expect(await ctx.emulator.submitView(viewId, { comment_text: 'ok' })).toMatchObject({
      outcome: 'errors',
      errors: { comment: 'Say a bit more' },
    });
    const thanks = { ...feedbackModal, title: { type: 'plain_text', text: 'Thanks!' }, blocks: [] };
    ctx.bot.reply = () => ({ body: { response_action: 'update', view: thanks } });
    expect((await ctx.emulator.submitView(viewId)).outcome).toBe('updated');
    expect(ctx.emulator.workspace.views.get(viewId)?.view.title).toEqual({
      type: 'plain_text',
      text: 'Thanks!',
    });
  });
});
