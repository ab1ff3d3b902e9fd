/** Small builders for Block Kit test messages, so each test shows only what it varies. */

export const plain = (text: string) => ({ type: 'plain_text', text });
export const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
export const option = (value: string, text = value) => ({ value, text: plain(text) });
export const options = (count: number) => Array.from({ length: count }, (_, i) => option(`v${i}`));
export const button = (actionId: string, extra: Record<string, unknown> = {}) => ({
  type: 'button',
  action_id: actionId,
  text: plain('Go'),
  ...extra,
});
export const section = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'section',
  text: mrkdwn(text),
  ...extra,
});
export const actions = (...elements: unknown[]) => ({ type: 'actions', elements });
export const repeat = (char: string, count: number) => char.repeat(count);

/** A message using most block types, within every limit. */
export function goodMessage() {
  return {
    text: 'Architect vs Developer',
    blocks: [
      { type: 'header', text: plain('Architect vs Developer') },
      section('*Scope*', { fields: [mrkdwn('Design'), mrkdwn('Code')] }),
      { type: 'divider' },
      {
        type: 'context',
        elements: [
          mrkdwn('From the study guide'),
          { type: 'image', image_url: 'https://x/y.png', alt_text: 'logo' },
        ],
      },
      section('Pick one', {
        accessory: {
          type: 'static_select',
          action_id: 'side',
          placeholder: plain('Side'),
          options: options(2),
        },
      }),
      actions(
        button('architect', { style: 'primary', value: 'a' }),
        { type: 'overflow', action_id: 'more', options: options(3) },
        { type: 'checkboxes', action_id: 'ticks', options: [{ value: 'x', text: mrkdwn('*x*') }] },
        { type: 'radio_buttons', action_id: 'radio', options: options(2) },
      ),
      { type: 'image', image_url: 'https://x/y.png', alt_text: 'chart', title: plain('Chart') },
    ],
  };
}
