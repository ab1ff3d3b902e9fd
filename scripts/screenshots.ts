/**
 * `npm run screenshots` (node --import tsx scripts/screenshots.ts): drives the playground in
 * the browser the e2e tests use (tests/support/chromium.ts: $CERTPATH_CHROMIUM, else Debian's
 * Chromium, else the one inside @sparticuz/chromium) and saves its main views, light and dark,
 * to docs/. Each view gets a fresh playground. With fonts-lato and fonts-noto-color-emoji installed the pictures match
 * the committed ones; without them Chromium falls back to other fonts.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { renderQuizModal } from '../src/core/render/index.js';
import { HUMAN } from '../src/playground/emulator/index.js';
import { launchChromium } from '../tests/support/chromium.js';
import { startTestPlayground, type TestPlayground } from '../tests/support/playground.js';
import { GUIDES } from '../tests/support/slack-harness.js';

const DOCS = resolve(import.meta.dirname, '../docs');
const VIEWPORT = { width: 1280, height: 960 };

type Scenario = (page: Page, playground: TestPlayground) => Promise<void>;

async function type(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Message', exact: true });
  await box.fill(text);
  await box.press('Enter');
}

const answer: Scenario = async (page, playground) => {
  await type(page, '/certpath which exam is harder?');
  await page.getByText('Only visible to you').waitFor();
  await playground.settle();
};

const thread: Scenario = async (page, playground) => {
  await type(page, 'Which one pays more, architect or developer?');
  await page.getByRole('button', { name: '1 reply' }).click();
  await page
    .getByRole('complementary', { name: 'Thread' })
    .getByRole('heading', { name: /pays more/ })
    .waitFor();
  await playground.settle();
};

const home: Scenario = async (page, playground) => {
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await page.getByRole('heading', { name: 'Welcome to CertPath' }).waitFor();
  await playground.settle();
};

const quiz: Scenario = async (page, playground) => {
  // The quiz modal as the bot's renderer draws it, opened the way views.open would.
  const guide = GUIDES[0];
  if (!guide) throw new Error('no guide is loaded');
  playground.emulator.workspace.views.openModal(HUMAN.id, { ...renderQuizModal(guide) });
  await page.getByRole('dialog').waitFor();
};

const VIEWS: { file: string; scheme: 'light' | 'dark'; scenario: Scenario }[] = [
  { file: 'playground-answer.png', scheme: 'light', scenario: answer },
  { file: 'playground-answer-dark.png', scheme: 'dark', scenario: answer },
  { file: 'playground-thread.png', scheme: 'light', scenario: thread },
  { file: 'playground-home.png', scheme: 'light', scenario: home },
  { file: 'playground-home-dark.png', scheme: 'dark', scenario: home },
  { file: 'playground-quiz.png', scheme: 'light', scenario: quiz },
];

async function main(): Promise<void> {
  await mkdir(DOCS, { recursive: true });
  const browser = await launchChromium({ viewport: VIEWPORT });
  try {
    for (const view of VIEWS) {
      const playground = await startTestPlayground();
      const page = await browser.context.newPage();
      try {
        await page.emulateMedia({ colorScheme: view.scheme });
        await page.goto(playground.url.replace('localhost', '127.0.0.1'));
        await page.getByRole('log').waitFor();
        await view.scenario(page, playground);
        await page.waitForTimeout(150);
        await page.screenshot({ path: resolve(DOCS, view.file) });
        process.stdout.write(`saved docs/${view.file}\n`);
      } finally {
        await page.close();
        await playground.stop();
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
