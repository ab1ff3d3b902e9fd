import { describe, expect, it } from 'vitest';
import { BUTTON_LABELS, HELP_WORDS } from '../../../src/core/render/messages.js';
import { renderHelp } from '../../../src/core/render/render-help.js';
import {
  ALL_GUIDES,
  actionIdsOf,
  allText,
  buttonLabelsOf,
  DEFAULT_GUIDE,
  expectSendable,
} from './render-fixtures.js';

describe('renderHelp', () => {
  const message = renderHelp({ guides: [DEFAULT_GUIDE], command: '/certpath' });
  const text = allText(message);

  it('says what the bot does, naming the guide', () => {
    expect(text).toContain(HELP_WORDS.what(`*${DEFAULT_GUIDE.title}*`));
  });

  it('explains every way to ask: slash command, mention, direct message, channel', () => {
    expect(text).toContain(HELP_WORDS.how('/certpath'));
    expect(text).toContain('`/certpath <your question>`');
    expect(text).toMatch(/Mention me/);
    expect(text).toMatch(/direct message/);
    expect(text).toMatch(/in a channel I'm in/i);
  });

  it('gives three or four example questions from the guide', () => {
    const examples = text.split('\n').filter((line) => line.startsWith('• _'));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples.length).toBeLessThanOrEqual(4);
    const guideQuestions = DEFAULT_GUIDE.sections.flatMap((section) => section.questions);
    for (const line of examples) expect(guideQuestions).toContain(line.slice(3, -1));
  });

  it('lists the topics and quiz commands with the configured command name', () => {
    const custom = allText(renderHelp({ guides: ALL_GUIDES, command: '/studybot' }));
    expect(custom).toContain('`/studybot topics`');
    expect(custom).toContain('`/studybot quiz`');
    expect(custom).not.toContain('/certpath');
  });

  it('ends with a "Show topics" button', () => {
    expect(buttonLabelsOf(message.blocks)).toEqual([BUTTON_LABELS.showTopics]);
    expect(actionIdsOf(message.blocks)).toEqual(['certpath.topics']);
    expectSendable(message);
  });

  it('still helps when no guide is loaded', () => {
    const empty = renderHelp({ guides: [], command: '/certpath' });
    expect(allText(empty)).toContain(HELP_WORDS.noGuides);
    expect(allText(empty)).toContain(HELP_WORDS.defaultExamples[0]);
    expectSendable(empty);
  });
});
