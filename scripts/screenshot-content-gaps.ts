/**
 * `node --import tsx scripts/screenshot-content-gaps.ts`: the admin's Content gaps panel on the
 * playground's Home tab (the playground's person is an admin), after a few questions the guide
 * does not answer, saved to docs/playground-content-gaps.png. Needs Debian's Chromium.
 */
import { resolve } from 'node:path';
import { createAnswerer } from '../src/core/answer/answerer.js';
import { HUMAN } from '../src/playground/emulator/index.js';
import { startPlayground } from '../src/playground/start-playground.js';
import { createLogger } from '../src/slack/logger.js';
import { createLearning } from '../src/store/learning.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { launchChromium } from '../tests/support/chromium.js';
import { GUIDES } from '../tests/support/slack-harness.js';

const FILE = resolve(import.meta.dirname, '../docs/playground-content-gaps.png');
const ASKED = [
  'how much is the exam voucher?',
  'How much is the exam voucher?',
  'how much does the exam cost',
  'is there a hands-on lab in the exam?',
  'can I take the exam online from home?',
  'which one has more kubernetes?',
];

const logger = createLogger({ level: 'warn' });
const learning = createLearning({ store: createMemoryStore(), logger, admins: [HUMAN.id] });
const answerer = createAnswerer(GUIDES, { command: '/certpath', learned: learning.phrasebook });
const config = {
  command: '/certpath',
  contentDir: 'content',
  listen: 'questions',
  logLevel: 'warn',
} as const;
const playground = await startPlayground({ config, answerer, logger, port: 0, learning });
const browser = await launchChromium({ viewport: { width: 1280, height: 1000 } });
try {
  for (const text of ASKED) await playground.emulator.sendSlashCommand({ command: '/certpath', text });
  await playground.settle();
  await learning.drain();
  const page = await browser.context.newPage();
  await page.goto(playground.url.replace('localhost', '127.0.0.1'));
  await page.getByRole('log').waitFor();
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  const heading = page.getByRole('heading', { name: 'Content gaps' });
  await heading.waitFor();
  // The panel at the top of the window: it comes after the topics.
  await heading.evaluate((el: unknown) =>
    (el as { scrollIntoView(o: object): void }).scrollIntoView({ block: 'start' }),
  );
  await page.waitForTimeout(200);
  await page.screenshot({ path: FILE });
  process.stdout.write(`saved ${FILE}\n`);
} finally {
  await browser.close();
  await playground.stop();
  await learning.stop();
}
