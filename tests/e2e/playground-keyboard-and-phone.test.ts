import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, launchChromium } from '../support/chromium.js';
import { startTestPlayground, type TestPlayground } from '../support/playground.js';

/** The playground with a keyboard, a screen reader's view of it, and at a phone's width. */
describe('the playground for keyboard, screen reader and phone users', () => {
  let playground: TestPlayground;
  let browser: Chromium;

  beforeAll(async () => {
    playground = await startTestPlayground();
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
  });

  async function open(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(playground.url.replace('localhost', '127.0.0.1'));
    await page.getByRole('log').waitFor();
    return page;
  }

  async function send(page: Page, text: string): Promise<void> {
    const composer = page.getByRole('textbox', { name: 'Message', exact: true });
    await composer.fill(text);
    await composer.press('Enter');
  }

  /** What has the keyboard focus: its accessible label (or text), and whether it is in a message. */
  async function focused(page: Page) {
    const element = page.locator(':focus');
    if ((await element.count()) === 0) return { label: '', inMessage: false };
    const label = (await element.getAttribute('aria-label')) ?? (await element.textContent()) ?? '';
    return { label: label.trim(), inMessage: (await page.locator('.msg:focus, .msg :focus').count()) === 1 };
  }

  it('puts the cursor in the message box on load', async () => {
    const page = await open();
    await expect.poll(async () => (await focused(page)).label).toBe('Message');
    await page.close();
  });

  it('offers a skip link to the message box as the first Tab stop', async () => {
    const page = await open();
    const firstTabStop = await page
      .locator('a[href], button, textarea, input, select, [tabindex="0"]')
      .first()
      .textContent();
    expect(firstTabStop).toBe('Skip to the message box');
    const skip = page.getByRole('link', { name: 'Skip to the message box' });
    const onScreen = async () => ((await skip.boundingBox())?.y ?? -1) >= 0;
    expect(await onScreen()).toBe(false);
    await skip.focus();
    expect(await onScreen()).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).label).toBe('Message');
    await page.close();
  });

  it('keeps the focus in the answer after Enter on 👎, not at the top of the page', async () => {
    const page = await open();
    await send(page, '/certpath which exam is harder?');
    const notHelpful = page.getByRole('log').getByRole('button', { name: /Not helpful/ });
    await notHelpful.focus();
    await page.keyboard.press('Enter');
    // The bot thanks in place of the buttons (replace_original), so the focused button is gone.
    await notHelpful.waitFor({ state: 'detached' });
    expect((await focused(page)).inMessage).toBe(true);
    await page.close();
  });

  it('names the side of each comparison cell for screen readers', async () => {
    const page = await open();
    await send(page, '/certpath which exam is harder?');
    const log = page.getByRole('log');
    await log.getByRole('heading', { name: 'Which exam is harder?' }).waitFor();
    const cells = await log.locator('.bk-field').allTextContents();
    expect(cells[0]).toMatch(/Architect/);
    expect(cells[2]).toMatch(/^Architect · SAA-C03: If you come from software development/);
    expect(cells[3]).toMatch(/^Developer · DVA-C02: If you come from software development/);
    await page.close();
  });

  it('reaches Home, #random and the DM from a menu at phone width', async () => {
    const page = await open({ width: 390, height: 844 });
    const random = page.getByRole('button', { name: '#random', exact: true });
    expect(await random.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await random.click();
    await expect.poll(() => page.title()).toBe('#random · CertPath playground');
    expect(await random.isVisible()).toBe(false);
    for (const [name, title] of [
      ['certpath', 'certpath'],
      ['Home', 'Home'],
    ] as const) {
      await menu.click();
      await page.getByRole('button', { name, exact: true }).click();
      await expect.poll(() => page.title()).toBe(`${title} · CertPath playground`);
    }
    await page.close();
  });

  it('wraps long topic buttons at phone width instead of cutting them off', async () => {
    const page = await open({ width: 390, height: 844 });
    await send(page, '/certpath which exam is harder?');
    const topic = page
      .getByRole('log')
      .getByRole('button', { name: 'Which certification goes deeper, and where?' });
    await topic.waitFor();
    const box = await topic.evaluate((node) => ({
      cut: node.scrollWidth > node.clientWidth,
      right: node.getBoundingClientRect().right,
    }));
    expect(box.cut).toBe(false);
    expect(box.right).toBeLessThanOrEqual(390);
    await page.close();
  });
});
