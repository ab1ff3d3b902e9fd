import { expect } from 'vitest';
import { validateMessage, validateView } from '../../../src/core/block-kit/index.js';
import { loadContent } from '../../../src/core/content/load-content.js';
import type { Guide, Section } from '../../../src/core/guide.js';
import type { Block, SlackMessage, SlackView } from '../../../src/core/render/slack-message.js';

/** The default guide and the small fixture guide (SysOps vs DevOps), loaded once. */
export const DEFAULT_GUIDE: Guide = loadContent('content')[0]!;
export const FIXTURE_GUIDE: Guide = loadContent('tests/fixtures/content')[0]!;
export const ALL_GUIDES: readonly Guide[] = [DEFAULT_GUIDE, FIXTURE_GUIDE];

/** A section of a guide by id; fails loudly when the content changed under the test. */
export function sectionOf(guide: Guide, id: string): Section {
  const section = guide.sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`no section '${id}' in ${guide.id}`);
  return section;
}

/** Questions users really send, and the ones that try to break things. */
export const TRICKY_QUESTIONS: readonly string[] = [
  'which exam is harder?',
  '<!channel> which one pays more?',
  'hey <!here|here> and <!everyone> look',
  '<@U1> said the architect exam is easier',
  'R&D folks: is SAA > DVA & is 1 < 2?',
  'Which one 👩‍👩‍👧‍👦 should I take? 🚀🏗️',
  `${'why '.repeat(60)}<!channel>`,
  `${'🚀'.repeat(2500)}<!channel>`,
  'a'.repeat(5000),
];

const BROADCAST = /<!(?:channel|here|everyone)/;

/** Every string under `value` whose key is `text` (what Slack counts against its 12,000 budget). */
export function textsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'text' && typeof child === 'string' ? [child] : textsOf(child),
  );
}

/** Every action id in the blocks, in order. */
export function actionIdsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'actions') return block.elements.map((element) => element.action_id);
    if (block.type === 'section' && block.accessory) return [block.accessory.action_id];
    return [];
  });
}

/** Every button label in the blocks, in order. */
export function buttonLabelsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'actions') return block.elements.map((element) => element.text.text);
    if (block.type === 'section' && block.accessory) return [block.accessory.text.text];
    return [];
  });
}

/** All the mrkdwn and plain text of a message, joined, for "it says …" assertions. */
export function allText(message: SlackMessage | SlackView): string {
  return textsOf(message.blocks).join('\n');
}

/** The rules every message CertPath sends must keep, whatever the input. */
export function expectSendable(message: SlackMessage): void {
  expect(validateMessage(message)).toEqual([]);
  expectSafeBlocks(message.blocks);
  expect(message.text.trim()).not.toBe('');
  expect(message.text).not.toMatch(BROADCAST);
  const blockText = textsOf(message.blocks).reduce((sum, text) => sum + Array.from(text).length, 0);
  expect(blockText).toBeLessThanOrEqual(12_000);
  expect(message.blocks.length).toBeLessThanOrEqual(50);
}

/** The rules every view CertPath publishes must keep. */
export function expectPublishable(view: SlackView): void {
  expect(validateView(view)).toEqual([]);
  expectSafeBlocks(view.blocks);
  expect(view.blocks.length).toBeLessThanOrEqual(100);
}

function expectSafeBlocks(blocks: readonly Block[]): void {
  expect(JSON.stringify(blocks)).not.toMatch(BROADCAST);
  const ids = actionIdsOf(blocks);
  expect(new Set(ids).size).toBe(ids.length);
  for (const block of blocks) {
    if (block.type !== 'section' || !block.fields) continue;
    expect(block.fields.length).toBeLessThanOrEqual(10);
    expect(block.fields.length % 2).toBe(0);
  }
  for (const block of blocks) {
    if (block.type === 'actions') expect(block.elements.length).toBeLessThanOrEqual(25);
  }
}
