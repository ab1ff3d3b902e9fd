import { afterEach, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/core/answer/answerer.js';
import { HUMAN, type StoredMessage } from '../../src/playground/emulator/index.js';
import { PageClient } from '../support/page-client.js';
import { startTestPlayground, type TestPlayground } from '../support/playground.js';

const headerOf = (message: StoredMessage | undefined) =>
  (message?.blocks?.[0] as { text?: { text?: string } } | undefined)?.text?.text;

/** The action id of the button labelled `label` in a message. */
function buttonIn(message: StoredMessage, label: string): string {
  for (const block of (message.blocks ?? []) as {
    elements?: { text?: { text?: string }; action_id?: string }[];
  }[]) {
    const button = block.elements?.find((e) => e.text?.text === label);
    if (button?.action_id) return button.action_id;
  }
  throw new Error(`no "${label}" button in message ${message.ts}`);
}

/** The real answerer, except that Slack would reject every reply: its header is over 150 characters. */
function withInvalidBlocks(real: Answerer): Answerer {
  const tooLong = { type: 'header', text: { type: 'plain_text', text: 'x'.repeat(200) } } as const;
  return {
    ...real,
    ask: (question, options) => ({
      ...real.ask(question, options),
      message: { text: 'x', blocks: [tooLong] },
    }),
  };
}

describe('startPlayground', () => {
  let playground: TestPlayground;
  let page: PageClient;
  const start = async (options?: Parameters<typeof startTestPlayground>[0]) => {
    playground = await startTestPlayground(options);
    page = PageClient.of(playground.url);
  };
  const messages = (channel: string) => playground.emulator.workspace.messages({ channel });
  const botMessages = (channel: string) => messages(channel).filter((m) => m.user === 'U0CERTBOT');
  afterEach(() => playground.stop());

  it('answers /certpath with an ephemeral comparison, sent back in the signed slash command’s ack', async () => {
    await start();
    expect(await page.type('C0GENERAL', '/certpath which exam is harder?')).toMatchObject({
      status: 200,
      body: { ok: true },
    });
    const [answer] = botMessages('C0GENERAL');
    expect(answer).toMatchObject({ ephemeralTo: HUMAN.id });
    expect(headerOf(answer)).toBe('Which exam is harder?');
    expect(playground.emulator.calls()).toEqual([expect.objectContaining({ method: 'auth.test' })]);
  });

  it('follows a topic button, then shares the answer in the channel', async () => {
    await start();
    await page.type('C0GENERAL', '/certpath which exam is harder?');
    const [answer] = botMessages('C0GENERAL');
    await page.click(answer!.ts, buttonIn(answer!, 'How should I prepare for each exam?'));
    await playground.settle();
    const followUp = botMessages('C0GENERAL')[1]!;
    expect(followUp).toMatchObject({ ephemeralTo: HUMAN.id });
    expect(headerOf(followUp)).toBe('How should I prepare for each exam?');
    await page.click(followUp.ts, buttonIn(followUp, 'Share in channel'));
    await playground.settle();
    const shared = botMessages('C0GENERAL')[2]!;
    expect(shared.ephemeralTo).toBeUndefined();
    expect(JSON.stringify(shared.blocks)).toContain('Shared by <@U0HUMAN>');
  });

  it('answers @certpath in #general in a thread under the mention', async () => {
    await start();
    await page.type('C0GENERAL', '@certpath which one pays more?');
    await playground.settle();
    const [mention, reply] = messages('C0GENERAL');
    expect(mention).toMatchObject({ user: HUMAN.id, text: '<@U0CERTBOT> which one pays more?' });
    expect(reply).toMatchObject({ user: 'U0CERTBOT', threadTs: mention!.ts });
  });

  it('answers a clear question overheard in #general in a thread, and stays silent at chatter', async () => {
    await start();
    await page.type('C0GENERAL', 'which exam pays more?');
    await page.type('C0GENERAL', 'lunch at noon, anyone?');
    await playground.settle();
    const [question, chatter] = messages('C0GENERAL').filter((m) => m.user === HUMAN.id);
    expect(chatter?.text).toBe('lunch at noon, anyone?');
    expect(botMessages('C0GENERAL')).toEqual([expect.objectContaining({ threadTs: question!.ts })]);
  });

  it('stays silent in #random, where the bot is not a member', async () => {
    await start();
    await page.type('C0RANDOM', 'which exam is harder?');
    await playground.settle();
    expect(messages('C0RANDOM')).toEqual([expect.objectContaining({ user: HUMAN.id })]);
  });

  it('answers a direct message right in the DM', async () => {
    await start();
    await page.type('D0CERTBOT', 'is the developer exam easier?');
    await playground.settle();
    const [, reply] = messages('D0CERTBOT');
    expect(reply).toMatchObject({ user: 'U0CERTBOT' });
    expect(reply?.threadTs).toBeUndefined();
  });

  it('publishes the Home tab with the topics when the user opens it', async () => {
    await start();
    await page.openHome();
    await playground.settle();
    const home = playground.emulator.workspace.views.home(HUMAN.id);
    expect(JSON.stringify(home?.view.blocks)).toContain('Which exam is harder?');
  });

  it('tells the bot when the DM (the app’s Messages tab) opens, which it leaves alone', async () => {
    await start();
    expect(await page.openHome('messages')).toMatchObject({ status: 200, body: { ok: true } });
    await playground.settle();
    expect(playground.emulator.workspace.views.home(HUMAN.id)).toBeUndefined();
  });

  it('says which port is taken when the page cannot listen, and leaves nothing running', async () => {
    await start();
    const taken = startTestPlayground({ port: playground.port });
    await expect(taken).rejects.toMatchObject({ name: 'PlaygroundError', code: 'PORT_IN_USE' });
    await expect(taken).rejects.toThrow(`port ${playground.port} is already in use`);
  });

  it('has Slackbot answer a command Slack does not know', async () => {
    await start();
    await page.type('C0GENERAL', '/<!channel> hi');
    const [notice] = messages('C0GENERAL');
    expect(notice).toMatchObject({ user: 'USLACKBOT', ephemeralTo: HUMAN.id });
    expect(notice?.text).toMatch(/^\/&lt;!channel&gt; is not a valid command\./);
  });

  it('shows a command whose answer Slack rejects as Slack does: failed with invalid_blocks', async () => {
    await start({ answerer: withInvalidBlocks });
    await page.type('C0GENERAL', '/certpath which exam is harder?');
    const [notice] = messages('C0GENERAL');
    expect(notice).toMatchObject({
      user: 'USLACKBOT',
      text: '/certpath failed with the error "invalid_blocks"',
    });
  });

  it('posts nothing Slack rejects: a reply with invalid blocks is refused, and the asker still hears back', async () => {
    await start({ answerer: withInvalidBlocks });
    await page.type('C0GENERAL', '@certpath which exam is harder?');
    await playground.settle();
    const [first] = playground.emulator.calls('chat.postMessage');
    expect(first?.response).toMatchObject({ ok: false, error: 'invalid_blocks' });
    const mention = messages('C0GENERAL')[0]!;
    const replies = botMessages('C0GENERAL');
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      expect(reply.threadTs).toBe(mention.ts);
      expect(JSON.stringify(reply.blocks ?? [])).not.toContain('x'.repeat(200));
    }
  });

  it('delivers a modal’s submission (unanswered here: Slack’s operation_timeout) and closes a modal from its close button', async () => {
    await start();
    const modal = {
      type: 'modal',
      callback_id: 'playground.unhandled',
      title: { type: 'plain_text', text: 'Test' },
      submit: { type: 'plain_text', text: 'Send' },
      blocks: [
        {
          type: 'input',
          block_id: 'pick',
          label: { type: 'plain_text', text: 'Pick' },
          element: {
            type: 'radio_buttons',
            action_id: 'choice',
            options: [{ text: { type: 'plain_text', text: 'A' }, value: 'a' }],
          },
        },
      ],
    };
    const stored = playground.emulator.workspace.views.openModal(HUMAN.id, modal);
    // The submission reaches the bot, which handles no such callback_id and never acknowledges it.
    const submitted = await page.post(`/api/views/${stored.id}/submit`, { values: { choice: ['a'] } });
    expect(submitted).toMatchObject({ status: 200, body: { ok: false, error: 'operation_timeout' } });
    expect(await page.post(`/api/views/${stored.id}/close`, {})).toMatchObject({ status: 200 });
    expect(playground.emulator.workspace.views.get(stored.id)?.open).toBe(false);
  });
});
