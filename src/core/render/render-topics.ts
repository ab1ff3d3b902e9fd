import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import type { Guide } from '../guide.js';
import { actions, context, header, section } from './block-builders.js';
import { chunk } from './chunk.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { fitGroups } from './fit-groups.js';
import { TOPICS_WORDS } from './messages.js';
import { sidesLine } from './side-heading.js';
import type { Block, SlackMessage } from './slack-message.js';
import { topicButtons } from './topic-buttons.js';

/**
 * The table of contents: per guide a heading, its two sides, and a button for every section.
 * Guides that would push the message past Slack's limits are named on one line instead.
 */
export function renderTopics(guides: readonly Guide[]): SlackMessage {
  const titles = guides.map((guide) => escapeMrkdwn(guide.title)).join(', ');
  if (guides.length === 0) return { text: TOPICS_WORDS.none, blocks: [section(TOPICS_WORDS.none)] };
  const intro = section(TOPICS_WORDS.intro);
  let first = 0;
  const groups = guides.map((guide) => {
    const blocks = guideTopicBlocks(guide, first);
    first += guide.sections.length;
    return { item: guide, blocks };
  });
  const body = fitGroups(groups, { blocks: L.messageBlocks - 1, chars: L.blocksTextChars - 200 }, (skipped) =>
    section(TOPICS_WORDS.moreGuides(skipped.map((guide) => `*${escapeMrkdwn(guide.title)}*`).join(', '))),
  );
  return { text: TOPICS_WORDS.fallback(titles), blocks: [intro, ...body] };
}

/** A guide's heading, sides and section buttons; buttons are numbered from `first`. */
export function guideTopicBlocks(guide: Guide, first: number): Block[] {
  const buttons = topicButtons(
    guide.sections.map((section) => ({ guide, section })),
    first,
  );
  return [
    header(guide.title),
    context(TOPICS_WORDS.guideLine(sidesLine(guide.sides), guide.sections.length)),
    ...chunk(buttons, L.actionsElements).map(actions),
  ];
}
