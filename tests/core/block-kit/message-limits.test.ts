import { describe, expect, it } from 'vitest';
import { BLOCK_KIT_LIMITS, validateMessage } from '../../../src/core/block-kit/index.js';
import { actions, button, mrkdwn, option, options, plain, repeat, section } from './block-fixtures.js';

/** The paths of the problems found in a message with these blocks. */
function problemPaths(blocks: unknown[]): string[] {
  return validateMessage({ text: 'fallback', blocks }).map((p) => p.path);
}

describe('validateMessage limits', () => {
  it.each([
    [
      'a header over 150 characters',
      [{ type: 'header', text: plain(repeat('h', 151)) }],
      'blocks[0].text.text',
    ],
    ['a mrkdwn header', [{ type: 'header', text: mrkdwn('h') }], 'blocks[0].text.type'],
    ['section text over 3000 characters', [section(repeat('s', 3001))], 'blocks[0].text.text'],
    [
      'more than 10 fields',
      [{ type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn('f')) }],
      'blocks[0].fields',
    ],
    [
      'a field over 2000 characters',
      [{ type: 'section', fields: [mrkdwn('a'), mrkdwn(repeat('f', 2001))] }],
      'blocks[0].fields[1].text',
    ],
    ['a section with neither text nor fields', [{ type: 'section' }], 'blocks[0]'],
    [
      'more than 10 context elements',
      [{ type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) }],
      'blocks[0].elements',
    ],
    [
      'more than 25 actions',
      [actions(...Array.from({ length: 26 }, (_, i) => button(`b${i}`)))],
      'blocks[0].elements',
    ],
    [
      'a button text over 75 characters',
      [actions(button('b', { text: plain(repeat('b', 76)) }))],
      'blocks[0].elements[0].text.text',
    ],
    [
      'a mrkdwn button text',
      [actions(button('b', { text: mrkdwn('b') }))],
      'blocks[0].elements[0].text.type',
    ],
    [
      'an action_id over 255 characters',
      [actions(button(repeat('a', 256)))],
      'blocks[0].elements[0].action_id',
    ],
    [
      'a button value over 2000 characters',
      [actions(button('b', { value: repeat('v', 2001) }))],
      'blocks[0].elements[0].value',
    ],
    [
      'a button style other than primary or danger',
      [actions(button('b', { style: 'green' }))],
      'blocks[0].elements[0].style',
    ],
    [
      'a static select with more than 100 options',
      [actions({ type: 'static_select', action_id: 's', placeholder: plain('p'), options: options(101) })],
      'blocks[0].elements[0].options',
    ],
    [
      'an option text over 75 characters',
      [actions({ type: 'static_select', action_id: 's', options: [option('v', repeat('o', 76))] })],
      'blocks[0].elements[0].options[0].text.text',
    ],
    [
      'an option value over 150 characters',
      [actions({ type: 'radio_buttons', action_id: 'r', options: [option(repeat('v', 151), 'ok')] })],
      'blocks[0].elements[0].options[0].value',
    ],
    [
      'an overflow with one option',
      [actions({ type: 'overflow', action_id: 'o', options: options(1) })],
      'blocks[0].elements[0].options',
    ],
    [
      'an overflow with six options',
      [actions({ type: 'overflow', action_id: 'o', options: options(6) })],
      'blocks[0].elements[0].options',
    ],
    [
      'checkboxes with 11 options',
      [actions({ type: 'checkboxes', action_id: 'c', options: options(11) })],
      'blocks[0].elements[0].options',
    ],
    [
      'radio buttons with 11 options',
      [actions({ type: 'radio_buttons', action_id: 'r', options: options(11) })],
      'blocks[0].elements[0].options',
    ],
    [
      'a select placeholder over 150 characters',
      [
        actions({
          type: 'static_select',
          action_id: 's',
          placeholder: plain(repeat('p', 151)),
          options: options(1),
        }),
      ],
      'blocks[0].elements[0].placeholder.text',
    ],
    [
      'an input label over 2000 characters',
      [
        {
          type: 'input',
          label: plain(repeat('l', 2001)),
          element: { type: 'plain_text_input', action_id: 'i' },
        },
      ],
      'blocks[0].label.text',
    ],
    ['an input without an element', [{ type: 'input', label: plain('l') }], 'blocks[0].element'],
    [
      'a button inside an input',
      [{ type: 'input', label: plain('l'), element: button('b') }],
      'blocks[0].element.type',
    ],
    [
      'a block_id over 255 characters',
      [{ type: 'divider', block_id: repeat('b', 256) }],
      'blocks[0].block_id',
    ],
    [
      'a text object of an unknown type',
      [{ type: 'section', text: { type: 'markdown', text: 'x' } }],
      'blocks[0].text.type',
    ],
    ['an empty text', [section('')], 'blocks[0].text.text'],
    ['an unknown block type', [{ type: 'carousel' }], 'blocks[0].type'],
    ['an image without alt text', [{ type: 'image', image_url: 'https://x/y.png' }], 'blocks[0].alt_text'],
  ])('rejects %s', (_name, blocks, path) => {
    expect(problemPaths(blocks)).toEqual([path]);
  });

  it('accepts every limit exactly at its maximum', () => {
    const L = BLOCK_KIT_LIMITS;
    const blocks = [
      { type: 'header', text: plain(repeat('h', L.headerText)) },
      section(repeat('s', 2000), { fields: Array.from({ length: L.sectionFields }, () => mrkdwn('f')) }),
      actions(
        button(repeat('a', L.actionId), {
          text: plain(repeat('b', L.buttonText)),
          value: repeat('v', L.buttonValue),
        }),
      ),
      actions({ type: 'overflow', action_id: 'o', options: options(L.overflowOptionsMax) }),
    ];
    expect(problemPaths(blocks)).toEqual([]);
  });
});
