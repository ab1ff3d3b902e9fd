import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleQuestions } from '../../../../src/core/render/example-questions.js';
import { NOT_FOUND_WORDS, QUIZ_WORDS } from '../../../../src/core/render/index.js';
import { BOT_DISPLAY_NAME } from '../../../../src/slack/names.js';
import { DESIGN_MINDED } from '../../../core/recommend/recommend-fixtures.js';
import { actionIds, allText } from '../../../support/blocks.js';
import { GUIDES, SlackHarness } from '../../../support/slack-harness.js';
import { answersFor, certification, openQuiz } from '../../quiz/quiz-session.js';

const [ARCHITECT] = GUIDES[0]!.sides;

describe('commands and small talk in a DM', () => {
  let slack: SlackHarness;
  beforeEach(async () => {
    slack = await SlackHarness.start();
  });
  afterEach(() => slack.stop());

  /** Says `text` in the DM and returns the bot's reply to it. */
  async function dm(text: string) {
    const { message } = await slack.say('D0CERTBOT', text);
    await slack.settle();
    const replies = slack.messages({ channel: 'D0CERTBOT' }).filter((m) => m.botId && m.ts > message.ts);
    expect(replies).toHaveLength(1);
    return replies[0]!;
  }

  it('"quiz" offers the quiz with a button, which opens it; the result comes back in the DM', async () => {
    const reply = await dm('quiz');
    expect(reply.text).toBe(QUIZ_WORDS.prompt(ARCHITECT.label, GUIDES[0]!.sides[1].label));
    expect(actionIds(reply.blocks)).toEqual(['certpath.quiz']);
    await slack.click(reply.ts, 'certpath.quiz');
    const modal = await openQuiz(slack);
    await slack.submit(modal.id, answersFor(modal, DESIGN_MINDED));
    await slack.settle();
    const result = slack.messages({ channel: 'D0CERTBOT' }).at(-1);
    expect(result?.ephemeralTo).toBe('U0HUMAN');
    expect(result?.text.startsWith(`Take the ${certification(ARCHITECT)} first`)).toBe(true);
  });

  it('"quiz <guide-id>" names the guide, and an unknown id is said so', async () => {
    const known = await dm(`quiz ${GUIDES[0]!.id}`);
    expect(actionIds(known.blocks)).toEqual(['certpath.quiz']);
    const unknown = await dm('quiz nosuch-guide');
    expect(unknown.text).toBe(QUIZ_WORDS.unknownGuide('nosuch-guide', `\`${GUIDES[0]!.id}\``));
  });

  it('"help" explains how to ask here, with bare commands and no "@certpath" advice for the DM', async () => {
    const reply = await dm('help');
    const text = allText(reply.blocks);
    expect(text).toMatch(/Just type your question here/);
    expect(text).toContain('`topics`');
    expect(text).toContain('`quiz`');
    expect(text).not.toContain('`/certpath topics`');
    expect(text).not.toMatch(/Send me a direct message/);
    // The only mention is advice for channels, spelled with the bot's real display name.
    expect(text).not.toContain('@CertPath');
    expect(text).toContain(`@${BOT_DISPLAY_NAME} `);
  });

  it('"topics" lists the topics as buttons', async () => {
    const reply = await dm('topics');
    expect(actionIds(reply.blocks).some((id) => id.startsWith('certpath.topic.'))).toBe(true);
  });

  it("quotes what the asker wrote when their background picks a side, not the guide's statement", async () => {
    const reply = await dm("I'm a java backend dev, which cert should I take?");
    const text = allText(reply.blocks);
    expect(text).toContain(':dart: You mentioned *java backend dev* → points to *Developer*');
    expect(text).not.toContain('I build backend applications_');
  });

  it.each(['ok', 'thanks', 'lol', 'got it', 'cool 👍', ':+1:', 'okay thx'])(
    '"%s" gets a short friendly reply, never "not covered"',
    async (text) => {
      const reply = await dm(text);
      expect(reply.text).not.toContain(NOT_FOUND_WORDS.general);
      expect(allText(reply.blocks)).not.toMatch(/doesn't cover/);
      expect(reply.blocks?.length).toBe(2);
      // The hint fits the DM: bare words, no slash command, no mention.
      expect(allText(reply.blocks)).not.toMatch(/\/certpath|@certpath/i);
    },
  );

  it('a question in another language is told the bot reads English, with a question to try, over the wire', async () => {
    const question = '¿cuál de los dos exámenes es más difícil?';
    const reply = await dm(question);
    expect(reply.text).toBe(NOT_FOUND_WORDS.otherLanguage(question, exampleQuestions(GUIDES)[0]!));
    expect(allText(reply.blocks)).not.toContain("The guide doesn't cover");
  });

  it('"who made you?" says what CertPath is and where its answers come from, over the wire', async () => {
    const reply = await dm('who made you? are your answers up to date?');
    expect(reply.text).toMatch(/^I'm CertPath/);
    expect(allText(reply.blocks)).toContain('AWS Solutions Architect vs Developer');
    expect(allText(reply.blocks)).not.toMatch(/doesn't cover/);
  });
});
