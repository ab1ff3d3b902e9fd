import { describe, expect, it } from 'vitest';
import { BOT_DISPLAY_NAME } from '../../../src/core/app-names.js';
import { renderHelp } from '../../../src/core/render/render-help.js';
import type { Block } from '../../../src/core/render/slack-message.js';
import {
  ALL_GUIDES,
  actionIdsOf,
  allText,
  buttonLabelsOf,
  DEFAULT_GUIDE,
  expectSendable,
} from './render-fixtures.js';

const typesOf = (blocks: readonly Block[]) => blocks.map((block) => block.type);
/** The text of the section whose first line is `title` (`*How to ask*`, `*Commands*`). */
function part(blocks: readonly Block[], title: string): string[] {
  const found = blocks.find((block) => block.type === 'section' && block.text?.text.startsWith(title));
  return found?.type === 'section' ? (found.text?.text.split('\n').slice(1) ?? []) : [];
}

describe('renderHelp', () => {
  const message = renderHelp({ guides: [DEFAULT_GUIDE], command: '/certpath' });
  const text = allText(message);

  it('is a title, what it does, how to ask, examples, commands and a button', () => {
    expect(typesOf(message.blocks)).toEqual([
      'header',
      'section',
      'section',
      'section',
      'section',
      'actions',
    ]);
    expect(text).toContain(`*${DEFAULT_GUIDE.title}*`);
    expectSendable(message);
  });

  it('explains every way to ask: slash command, mention, direct message, channel', () => {
    const how = part(message.blocks, '*How to ask*');
    expect(how).toHaveLength(4);
    expect(how[0]).toContain('`/certpath <your question>`');
    expect(how[1]).toMatch(/^• Mention me in a channel: `@\S+ /);
    expect(how[2]).toMatch(/direct message/);
    expect(how[3]).toMatch(/in a channel I'm in/i);
  });

  it('mentions the bot by its display name from the manifest, not a hard-coded one', () => {
    expect(part(message.blocks, '*How to ask*')[1]).toContain(`\`@${BOT_DISPLAY_NAME} `);
    const renamed = renderHelp({ guides: [DEFAULT_GUIDE], command: '/certpath', botName: 'studybot' });
    expect(allText(renamed)).toContain('`@studybot which exam is harder?`');
    expect(allText(renamed)).not.toContain('@CertPath');
  });

  it('gives three or four example questions from the guide', () => {
    const examples = text.split('\n').filter((line) => line.startsWith('• _'));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples.length).toBeLessThanOrEqual(4);
    const guideQuestions = DEFAULT_GUIDE.sections.flatMap((section) => section.questions);
    for (const line of examples) expect(guideQuestions).toContain(line.slice(3, -1));
  });

  it('lists the topics, quiz and help commands with the configured command name', () => {
    const custom = renderHelp({ guides: ALL_GUIDES, command: '/studybot' });
    const commands = part(custom.blocks, '*Commands*');
    expect(commands.map((line) => line.split(':')[0])).toEqual([
      '• `/studybot topics`',
      '• `/studybot quiz`',
      '• `/studybot help`',
    ]);
    expect(allText(custom)).not.toContain('/certpath');
  });

  it('in a DM, asks for the question right there and lists bare commands, with no slash needed', () => {
    const dm = renderHelp({ guides: [DEFAULT_GUIDE], command: '/certpath', surface: 'dm' });
    const how = part(dm.blocks, '*How to ask*');
    expect(how[0]).toMatch(/^• Just type your question here/);
    expect(how.join('\n')).not.toMatch(/Send me a direct message/);
    expect(part(dm.blocks, '*Commands*').map((line) => line.split(':')[0])).toEqual([
      '• `topics`',
      '• `quiz`',
      '• `help`',
    ]);
    expect(dm.text).not.toContain('/certpath');
    expectSendable(dm);
  });

  it('ends with a "Show topics" button', () => {
    expect(buttonLabelsOf(message.blocks)).toHaveLength(1);
    expect(actionIdsOf(message.blocks)).toEqual(['certpath.topics']);
  });

  it('still helps when no guide is loaded', () => {
    const empty = renderHelp({ guides: [], command: '/certpath' });
    expect(typesOf(empty.blocks)).toEqual(typesOf(message.blocks));
    expect(
      allText(empty)
        .split('\n')
        .filter((line) => line.startsWith('• _')).length,
    ).toBeGreaterThan(0);
    expectSendable(empty);
  });
});
