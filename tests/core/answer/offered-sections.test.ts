import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/core/answer/answerer.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { parseSectionRef, TOPIC_ACTION_PATTERN } from '../../../src/core/render/action-ids.js';
import { actionIds, button } from '../../support/blocks.js';
import { CONTENT_DIR } from '../../support/content-copy.js';

const answerer = createAnswerer(loadContent(CONTENT_DIR));

/** The section ids behind a message's topic buttons, in order. */
const topicButtonSections = (blocks: readonly unknown[] | undefined) =>
  actionIds(blocks)
    .filter((id) => TOPIC_ACTION_PATTERN.test(id))
    .map((id) => parseSectionRef(String(button(blocks, id)?.value))?.sectionId);

describe('the sections an answer offers beside it', () => {
  it('are its first follow-up buttons, so all three sections a reply is measured by are on screen', () => {
    for (const question of [
      'is the developer associate mostly about writing code or about picking services?',
      'my manager wants me certified by spring, where should a sysadmin start?',
      'do architects earn more once they have a few years behind them?',
    ]) {
      const { decision, message } = answerer.ask(question, { mode: 'direct' });
      expect(decision.kind, question).toBe('answer');
      if (decision.kind !== 'answer') continue;
      const beside = decision.suggestions.slice(0, 2).map((s) => s.section.id);
      expect(beside.length, question).toBe(2);
      expect(topicButtonSections(message?.blocks).slice(0, 2), question).toEqual(beside);
    }
  });
});
