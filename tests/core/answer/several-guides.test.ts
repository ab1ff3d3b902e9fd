import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../src/core/answer/answerer.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import { CONTENT_DIR } from '../../support/content-copy.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'content');
const answerer = createAnswerer([...loadContent(CONTENT_DIR), ...loadContent(FIXTURES)]);
const answered = (question: string) => {
  const { decision } = answerer.ask(question, { mode: 'direct' });
  return decision.kind === 'answer'
    ? `${decision.answer.guide.id}/${decision.answer.section.id}`
    : decision.kind;
};

describe('answering across several guides', () => {
  it('finds a question about the second guide in that guide', () => {
    expect(answered('what is the sysops administrator associate?')).toBe('sysops-vs-devops/sysops');
  });

  it("still answers the default guide's questions from the default guide", () => {
    expect(answered('which certification pays more, architect or developer?')).toBe(
      'aws-architect-vs-developer/salary',
    );
    expect(answered('is SAA harder than DVA?')).toBe('aws-architect-vs-developer/difficulty');
  });

  it('lists both guides in the table of contents', () => {
    const { message } = answerer.ask('topics', { mode: 'direct' });
    const text = JSON.stringify(message?.blocks);
    expect(text).toContain('SysOps');
    expect(text).toContain('Which exam is harder?');
  });
});
