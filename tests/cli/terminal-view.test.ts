import { describe, expect, it } from 'vitest';
import { renderForTerminal } from '../../src/cli/terminal-view.js';
import { displayWidth } from '../../src/cli/wrap-text.js';
import { BUTTON_LABELS, ERROR_WORDS } from '../../src/core/render/messages.js';
import { renderAnswer } from '../../src/core/render/render-answer.js';
import { renderDidYouMean } from '../../src/core/render/render-did-you-mean.js';
import { renderError } from '../../src/core/render/render-error.js';
import { renderHelp } from '../../src/core/render/render-help.js';
import { renderHomeView } from '../../src/core/render/render-home-view.js';
import { renderNotFound } from '../../src/core/render/render-not-found.js';
import { renderSmallTalk } from '../../src/core/render/render-small-talk.js';
import { renderTopics } from '../../src/core/render/render-topics.js';
import { ALL_GUIDES, DEFAULT_GUIDE, FIXTURE_GUIDE, sectionOf } from '../core/render/render-fixtures.js';

const ESC = '\u001b[';

function answerFor(guide = DEFAULT_GUIDE, id = 'difficulty') {
  return renderAnswer({
    guide,
    section: sectionOf(guide, id),
    confidence: 0.92,
    band: 'best',
    shareable: true,
    sharedBy: 'U42',
  });
}

describe('renderForTerminal', () => {
  it('underlines the header', () => {
    const [title, rule] = renderForTerminal(answerFor()).split('\n');
    expect(title).toBe('Which exam is harder?');
    expect(rule).toBe('═'.repeat(title!.length));
  });

  it('shows Slack bold as plain words without colour, and as ANSI bold with it', () => {
    const message = renderSmallTalk('greeting', '/certpath');
    const plain = renderForTerminal({
      text: '',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'a *big* deal' } }],
    });
    expect(plain).toBe('a big deal');
    const coloured = renderForTerminal(
      { text: '', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'a *big* deal' } }] },
      { color: true },
    );
    expect(coloured).toBe('a \u001b[1mbig\u001b[22m deal');
    expect(renderForTerminal(message)).not.toContain(ESC);
  });

  it('sets field pairs side by side in two aligned columns', () => {
    const lines = renderForTerminal(answerFor(), { width: 80 }).split('\n');
    const headings = lines.find((line) => line.includes('Architect · SAA-C03'));
    expect(headings).toMatch(/Architect · SAA-C03 +│ 💻 Developer · DVA-C02/);
    const columnLines = lines.filter((line) => line.includes(' │ '));
    const gutters = new Set(columnLines.map((line) => displayWidth(line.slice(0, line.indexOf(' │ ')))));
    expect(gutters).toEqual(new Set([Math.floor((80 - 3) / 2)]));
    expect(lines).toContain(
      `${'Where learners commonly struggle'.padEnd(38)} │ Where learners commonly struggle`,
    );
  });

  it('wraps every line to the width', () => {
    for (const width of [40, 60, 100]) {
      const text = renderForTerminal(answerFor(DEFAULT_GUIDE, 'architect'), { width });
      for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it('keeps bullets hanging when a list item wraps', () => {
    const text = renderForTerminal(answerFor(DEFAULT_GUIDE, 'architect'), { width: 60 });
    expect(text).toMatch(/\n• Focus: architecture design, infrastructure planning, high\n {2}availability/);
  });

  it('dims the context line when colour is on', () => {
    const text = renderForTerminal(answerFor(), { color: true });
    expect(text).toContain(
      '\u001b[2mFrom AWS Solutions Architect vs Developer (Associate) · Best match (92%)',
    );
    expect(renderForTerminal(answerFor())).toContain('Shared by @U42');
  });

  it('lists buttons as [ Label ]', () => {
    const text = renderForTerminal(answerFor());
    expect(text).toContain(
      `[ ${BUTTON_LABELS.share} ]  [ ${BUTTON_LABELS.helpful} ]  [ ${BUTTON_LABELS.notHelpful} ]`,
    );
  });

  it('shows links as label and address, and escaped text as typed', () => {
    const text = renderForTerminal(
      renderAnswer({
        guide: FIXTURE_GUIDE,
        section: sectionOf(FIXTURE_GUIDE, 'overview'),
        confidence: 1,
        band: 'best',
        shareable: false,
      }),
      { width: 200 },
    );
    expect(text).toContain('official exam guide (https://aws.amazon.com/certification/?a=1&b=2)');
    expect(text).toContain('• Monitoring & alerting: a < b');
    expect(renderForTerminal(renderDidYouMean({ question: '<!channel> & co', suggestions: [] }))).toContain(
      '“<!channel> & co”',
    );
  });

  it('draws every kind of message readably within the width', () => {
    const messages = [
      answerFor(DEFAULT_GUIDE, 'skills-matrix'),
      renderNotFound({
        question: 'price?',
        uncoveredTopic: 'Exam price',
        suggestions: [],
        guides: ALL_GUIDES,
      }),
      renderTopics(ALL_GUIDES),
      renderHelp({ guides: ALL_GUIDES, command: '/certpath' }),
      renderHomeView({ guides: ALL_GUIDES, command: '/certpath' }),
      renderError(),
    ];
    for (const message of messages) {
      const text = renderForTerminal(message, { width: 72 });
      expect(text.trim()).not.toBe('');
      expect(text).not.toContain('\u0001');
      expect(text).not.toContain('\u0002');
      for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(72);
    }
    expect(renderForTerminal(renderError())).toBe(ERROR_WORDS.generic);
  });

  it('falls back to the text when there are no blocks', () => {
    expect(renderForTerminal({ text: 'just *text*', blocks: [] })).toBe('just text');
  });
});
