import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/core/answer/answerer.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { escapeMrkdwn } from '../../../src/core/render/index.js';
import { CONTENT_DIR } from '../../support/content-copy.js';
import { hostileQuestion, hugeQuestion, messageProblems, SLACK_MARKUP } from './hostile-text.js';

const answerer = createAnswerer(loadContent(CONTENT_DIR));
const MODES = ['direct', 'channel'] as const;

describe('answerer.ask on any text at all', () => {
  for (const mode of MODES) {
    it(`never throws and replies within Block Kit limits, with no markup from the asker (${mode})`, () => {
      fc.assert(
        fc.property(hostileQuestion, fc.boolean(), (question, shareable) => {
          const reply = answerer.ask(question, { mode, shareable });
          if (mode === 'direct') expect(reply.message).toBeDefined();
          if (reply.message) expect(messageProblems(reply.message)).toEqual([]);
        }),
        { numRuns: 400 },
      );
    });

    it(`copes with questions of about 40 kB (${mode})`, () => {
      fc.assert(
        fc.property(hugeQuestion, (question) => {
          const reply = answerer.ask(question, { mode, shareable: true });
          if (reply.message) expect(messageProblems(reply.message)).toEqual([]);
        }),
        { numRuns: 20 },
      );
    });
  }

  it('quotes the asker’s markup back escaped, never as markup', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SLACK_MARKUP.filter((m) => m.startsWith('<'))), (markup) => {
        const question = `zzqx ${markup} frobnicate`;
        const { message } = answerer.ask(question, { mode: 'direct' });
        const wire = JSON.stringify(message);
        expect(wire).not.toContain(markup);
        expect(wire).toContain(JSON.stringify(escapeMrkdwn(markup)).slice(1, -1));
      }),
    );
  });
});
