import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/eval/format-report.js';
import { runEvaluation } from '../../src/cli/eval/run-eval.js';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { renderForTerminal } from '../../src/cli/terminal-view.js';
import { displayWidth } from '../../src/cli/wrap-text.js';
import { renderAnswer } from '../../src/core/render/render-answer.js';
import { DEFAULT_GUIDE, sectionOf } from '../core/render/render-fixtures.js';
import { fakeIo } from '../support/fake-io.js';
import { GUIDES } from '../support/slack-harness.js';

/** What a person at a terminal sees (issue 16, point 11). */
describe('certpath at a terminal', () => {
  it('prints its version with --version', async () => {
    const io = fakeIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.stdout).toEqual([expect.stringMatching(/^certpath \d+\.\d+\.\d+$/)]);
  });

  it('prints usage instead of waiting when ask gets no question from a person at a terminal', async () => {
    const io: CliIo = {
      ...fakeIo(),
      stdinIsTty: true,
      lines: () => {
        throw new Error('read standard input');
      },
    };
    const err: string[] = [];
    io.err = (line) => void err.push(line);
    expect(await main(['ask'], io)).toBe(2);
    expect(err.join('\n')).toMatch(/Usage: certpath ask .*QUESTION/);
  });

  it('fits the answer to the terminal’s width', async () => {
    const io = { ...fakeIo(), isTty: true, columns: 60 };
    expect(await main(['ask', 'which exam is harder?'], io)).toBe(0);
    const lines = io.stdout.join('\n').split('\n');
    expect(lines.some((line) => line.includes(' │ '))).toBe(true);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
  });

  it('keeps the │ divider in line when the row labels are bold', () => {
    const message = renderAnswer({
      guide: DEFAULT_GUIDE,
      section: sectionOf(DEFAULT_GUIDE, 'difficulty'),
      confidence: 0.92,
      band: 'best',
      shareable: true,
    });
    const lines = renderForTerminal(message, { width: 80, color: true }).split('\n');
    const columnLines = lines.filter((line) => line.includes(' │ '));
    expect(columnLines.some((line) => line.startsWith('\u001b[1m'))).toBe(true);
    const dividers = new Set(columnLines.map((line) => displayWidth(line.slice(0, line.indexOf(' │ ')))));
    expect(dividers).toEqual(new Set([Math.floor((80 - 3) / 2)]));
  });

  it('prints — rather than 100.0% for a category with no questions to score', () => {
    const report = runEvaluation(GUIDES, [
      { q: 'which exam is harder?', expect: ['difficulty'], cat: 'direct', where: 'x:1' },
      { q: 'lunch at noon, anyone?', expect: [], cat: 'chatter', where: 'x:2' },
    ]);
    const table = formatReport(report, { direct: true, channel: true }).split('\n');
    const chatter = table.find((line) => line.trim().startsWith('chatter'));
    // No in-scope question: top-1, top-3, recall and precision have nothing to count.
    expect(chatter).toMatch(/chatter\s+0\s+—\s+—\s+1\s+100\.0%\s+0\s+—\s+—/);
    const direct = table.find((line) => line.trim().startsWith('direct'));
    expect(direct).toMatch(/direct\s+1\s+100\.0%\s+100\.0%\s+0\s+—/);
  });
});
