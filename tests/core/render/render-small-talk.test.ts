import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/content/load-content.js';
import { renderAboutBot, renderSmallTalk } from '../../../src/core/render/render-small-talk.js';
import { CONTENT_DIR } from '../../support/content-copy.js';
import { allText, expectSendable } from './render-fixtures.js';

describe('renderSmallTalk', () => {
  it('greets back in one line, with a hint of what to ask under it', () => {
    const message = renderSmallTalk('greeting', '/certpath');
    expect(message.blocks.map((block) => block.type)).toEqual(['section', 'context']);
    expect(message.text).toMatch(/^Hi/);
    expect(allText(message)).toContain('`/certpath topics`');
    expectSendable(message);
  });

  it('answers thanks with a welcome and a hint naming the configured command', () => {
    const message = renderSmallTalk('thanks', '/cp');
    expect(message.blocks.map((block) => block.type)).toEqual(['section', 'context']);
    expect(message.text).toMatch(/welcome/i);
    expect(allText(message)).toContain('`/cp topics`');
    expectSendable(message);
  });

  it('answers "ok" with a short word and what to try next, quiz included', () => {
    const message = renderSmallTalk('acknowledgement', '/certpath');
    expect(message.text.length).toBeLessThan(30);
    expect(allText(message)).toContain('`/certpath quiz`');
    expect(allText(message)).not.toMatch(/doesn't cover/);
  });

  it('in a DM, hints at bare commands rather than the slash command', () => {
    for (const kind of ['greeting', 'thanks', 'acknowledgement'] as const) {
      const message = renderSmallTalk(kind, '/certpath', 'dm');
      expect(allText(message)).toContain('`topics`');
      expect(allText(message)).not.toContain('/certpath');
      expect(allText(message)).not.toMatch(/@certpath/i);
    }
  });

  it('says what CertPath is and that its answers come from the installed guide, naming it', () => {
    const guides = loadContent(CONTENT_DIR);
    const message = renderAboutBot(guides, '/certpath', 'dm');
    expect(allText(message)).toContain(`*${guides[0]!.title}*`);
    expect(message.text).toMatch(/don't search the web/);
    expect(allText(message)).toContain('`topics`');
    expectSendable(message);
    expect(renderAboutBot([], '/certpath').text).toMatch(/^I'm CertPath/);
  });
});
