import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderQuizModal } from '../../src/core/render/index.js';
import { HUMAN } from '../../src/playground/emulator/index.js';
import { type Chromium, launchChromium } from '../support/chromium.js';
import { startTestPlayground, type TestPlayground } from '../support/playground.js';
import { GUIDES } from '../support/slack-harness.js';

/**
 * The playground as a person uses it: Debian's Chromium on the page, the real bot behind the
 * emulator. Located by role and name only, as the page's contract promises.
 */
describe('the playground in a browser', () => {
  let playground: TestPlayground;
  let browser: Chromium;
  let page: Page;
  let log: Locator;

  /** Types in the composer and waits until the emulator has delivered it and the bot is done with it. */
  async function send(text: string): Promise<void> {
    const posted = page.waitForResponse((r) => r.url().endsWith('/api/messages'));
    const composer = page.getByRole('textbox', { name: 'Message', exact: true });
    await composer.fill(text);
    await composer.press('Enter');
    await posted;
    await playground.settle();
  }

  const botMessages = (channel: string) =>
    playground.emulator.workspace.messages({ channel }).filter((m) => m.user === 'U0CERTBOT');

  beforeAll(async () => {
    playground = await startTestPlayground();
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
    page = await browser.context.newPage();
    await page.goto(playground.url.replace('localhost', '127.0.0.1'));
    log = page.getByRole('log');
    await page.getByRole('button', { name: '#general' }).click();
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
  });

  it('shows the sidebar: #general, #random, the DM and Home', async () => {
    for (const name of ['#general', '#random', 'certpath', 'Home']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
  });

  it('answers /certpath with an ephemeral comparison only the user sees', async () => {
    await send('/certpath which exam is harder?');
    await log.getByRole('heading', { name: 'Which exam is harder?' }).waitFor();
    expect(await log.getByText('Only visible to you').count()).toBe(1);
    expect(await log.getByText('Architect').first().isVisible()).toBe(true);
  });

  it('follows a topic button, then shares the answer for everyone', async () => {
    await log.getByRole('button', { name: 'How should I prepare for each exam?' }).click();
    await log.getByRole('heading', { name: 'How should I prepare for each exam?' }).waitFor();
    expect(await log.getByText('Only visible to you').count()).toBe(2);
    await log.getByRole('button', { name: 'Share in channel' }).last().click();
    await log.getByText('Shared by').waitFor();
    expect(await log.getByText('@you').count()).toBeGreaterThan(0);
    expect(await log.getByText('Only visible to you').count()).toBe(2);
  });

  it('answers a question asked in #general in a thread', async () => {
    await send('which exam pays more?');
    await log.getByRole('button', { name: '1 reply' }).click();
    const thread = page.getByRole('complementary', { name: 'Thread' });
    await thread.getByRole('heading', { name: 'Which certification pays more?' }).waitFor();
    await thread.getByRole('button', { name: 'Close thread' }).click();
  });

  it('stays silent at chatter in #general', async () => {
    const before = botMessages('C0GENERAL').length;
    await send('lunch at noon, anyone?');
    await log.getByText('lunch at noon, anyone?').waitFor();
    expect(botMessages('C0GENERAL')).toHaveLength(before);
    expect(await log.getByRole('button', { name: /repl/ }).count()).toBe(1);
  });

  it('shows what people type as text, never as markup', async () => {
    await send('<img src=x onerror="document.title=1"> *bold* <b>not bold</b>');
    await log.getByText('<img src=x').waitFor();
    expect(await log.locator('img[src="x"], b:text("not bold")').count()).toBe(0);
    expect(await log.locator('b', { hasText: 'bold' }).count()).toBeGreaterThan(0);
    expect(await page.title()).toBe('#general · CertPath playground');
  });

  it('stays silent in #random, where the bot is not a member', async () => {
    await page.getByRole('button', { name: '#random' }).click();
    await send('which exam is harder?');
    await log.getByText('which exam is harder?').waitFor();
    expect(botMessages('C0RANDOM')).toEqual([]);
    expect(await log.getByRole('heading', { name: 'Which exam is harder?' }).count()).toBe(0);
  });

  it('shows the topics on Home', async () => {
    await page.getByRole('button', { name: 'Home', exact: true }).click();
    await page.getByRole('heading', { name: 'Welcome to CertPath' }).waitFor();
    const home = page.getByRole('region', { name: 'App Home' });
    for (const topic of ['Which exam is harder?', 'Which certification pays more?', 'Take the quiz']) {
      expect(await home.getByRole('button', { name: topic }).count(), topic).toBe(1);
    }
  });

  it('shows a modal’s checkboxes, select and radio buttons, and closes it', async () => {
    playground.emulator.workspace.views.openModal(HUMAN.id, { ...renderQuizModal(GUIDES[0]!) });
    const dialog = page.getByRole('dialog', { name: 'Which one should I take?' });
    await dialog.waitFor();
    await dialog.getByRole('checkbox', { name: 'I enjoy coding' }).check();
    await dialog.getByRole('radio', { name: 'Yes, most days' }).check();
    expect(await dialog.getByRole('combobox').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
