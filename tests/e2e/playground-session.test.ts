import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderQuizModal } from '../../src/core/render/index.js';
import { BOT, HUMAN } from '../../src/playground/emulator/index.js';
import { type Chromium, launchChromium } from '../support/chromium.js';
import { startTestPlayground, type TestPlayground } from '../support/playground.js';
import { GUIDES } from '../support/slack-harness.js';

/** What a newcomer trips on over a session: failed sends, reloads, threads, #random and /invite. */
describe('the playground over a session', () => {
  let playground: TestPlayground;
  let browser: Chromium;
  let page: Page;
  let log: Locator;

  const composer = () => page.getByRole('textbox', { name: 'Message', exact: true });

  async function send(text: string): Promise<void> {
    const posted = page.waitForResponse((r) => r.url().endsWith('/api/messages'));
    await composer().fill(text);
    await composer().press('Enter');
    await posted;
    await playground.settle();
  }

  async function load(): Promise<void> {
    await page.goto(playground.url.replace('localhost', '127.0.0.1'));
    log = page.getByRole('log');
    await page.getByRole('button', { name: '#general', exact: true }).waitFor();
  }

  const botMessages = (channel: string) =>
    playground.emulator.workspace.messages({ channel }).filter((m) => m.user === BOT.userId);

  beforeAll(async () => {
    playground = await startTestPlayground();
    browser = await launchChromium({ viewport: { width: 1280, height: 700 } });
    page = await browser.context.newPage();
    await load();
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
  });

  it('keeps what you typed when the message could not be sent', async () => {
    await page.route('**/api/messages', (route) => route.abort());
    await composer().fill('which exam is harder?');
    await composer().press('Enter');
    await page.getByText(/could not be sent/).waitFor();
    expect(await composer().inputValue()).toBe('which exam is harder?');
    await page.unroute('**/api/messages');
    await composer().press('Enter');
    await log.getByText('which exam is harder?').waitFor();
    expect(await composer().inputValue()).toBe('');
  });

  it('forgets private messages and the open modal on reload, as a reloaded Slack client does', async () => {
    await send('/certpath which exam pays more?');
    await log.getByText('Only visible to you').first().waitFor();
    playground.emulator.workspace.views.openModal(HUMAN.id, { ...renderQuizModal(GUIDES[0]!) });
    await page.getByRole('dialog').waitFor();

    await load();
    await log.getByText('which exam is harder?').first().waitFor();
    expect(await log.getByText('Only visible to you').count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(playground.emulator.workspace.views.openModals(HUMAN.id)).toEqual([]);
  });

  it('counts only the public replies of a thread', async () => {
    // The first test's question was answered in a thread too: wait until this answer's reply count is shown,
    // or "the last 1 reply" may still be that older thread.
    const oneReply = log.getByRole('button', { name: '1 reply', exact: true });
    const before = await oneReply.count();
    await send('@certpath which one pays more?');
    const parent = botMessages('C0GENERAL').at(-1)?.threadTs;
    expect(parent).toBeDefined();
    await expect.poll(() => oneReply.count()).toBe(before + 1);
    // A private note in the thread, as the bot's chat.postEphemeral with thread_ts leaves one.
    playground.emulator.workspace.addMessage({
      channel: 'C0GENERAL',
      threadTs: parent!,
      user: BOT.userId,
      botId: BOT.botId,
      text: 'only you see this',
      ephemeralTo: HUMAN.id,
    });
    await oneReply.last().click();
    const thread = page.getByRole('complementary', { name: 'Thread' });
    await thread.getByText('only you see this').waitFor();
    expect(await thread.getByText('1 reply', { exact: true }).count()).toBe(1);
    expect(await log.getByRole('button', { name: '2 replies' }).count()).toBe(0);
  });

  it('keeps following the latest message after a thread is opened', async () => {
    const thread = page.getByRole('complementary', { name: 'Thread' });
    await thread.getByRole('button', { name: 'Close thread' }).click();
    for (const question of ['which exam is harder?', 'how should I prepare?'])
      await send(`/certpath ${question}`);
    await send('@certpath which one pays more?');
    const distanceFromEnd = () =>
      log.evaluate((node) => node.scrollHeight - node.scrollTop - node.clientHeight);
    expect(await log.evaluate((node) => node.scrollHeight > node.clientHeight * 2)).toBe(true);
    await expect.poll(distanceFromEnd).toBeLessThan(80);

    // Opening the latest message's thread narrows the list, which makes it taller: it must stay at the end.
    await log.getByRole('button', { name: '1 reply', exact: true }).last().click();
    await thread.waitFor();
    await send('/certpath what kind of questions are on each exam?');
    await log.getByRole('heading', { name: 'What kind of questions are on each exam?' }).waitFor();
    await expect.poll(distanceFromEnd).toBeLessThan(80);
  });

  it('says that an @mention in #random is not seen, and /invite adds the bot', async () => {
    await page.getByRole('button', { name: '#random', exact: true }).click();
    await send('@certpath which exam is harder?');
    await log.getByText(/You mentioned @certpath, but they're not in this channel/).waitFor();
    expect(botMessages('C0RANDOM')).toEqual([]);

    await send('/invite @certpath');
    await log.getByText(/You added @certpath to #random/).waitFor();
    expect(await page.getByText('certpath is a member').count()).toBe(1);
    await send('@certpath which one pays more?');
    await log.getByRole('button', { name: '1 reply', exact: true }).waitFor();
    expect(botMessages('C0RANDOM').length).toBeGreaterThan(0);
  });
});
