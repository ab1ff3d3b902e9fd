import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import type { Guide } from '../guide.js';
import { quizActionId } from './action-ids.js';
import { actions, button, divider, header, section } from './block-builders.js';
import { chunk } from './chunk.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { fitGroups } from './fit-groups.js';
import { BUTTON_LABELS, HOME_WORDS, TOPICS_WORDS } from './messages.js';
import { introBlocks } from './render-help.js';
import { sidesLine } from './side-heading.js';
import type { Block, HomeView } from './slack-message.js';
import { topicButtons } from './topic-buttons.js';

/**
 * The App Home tab: what the bot does and how to ask, then per guide its sides and size, a quiz
 * button when it has a recommender, and every topic as a button. Stays within 100 blocks.
 */
export function renderHomeView({
  guides,
  command,
  botName,
}: {
  guides: readonly Guide[];
  command: string;
  botName?: string;
}): HomeView {
  const head = [
    header(HOME_WORDS.title),
    ...introBlocks({ guides, command, ...(botName ? { botName } : {}) }),
    divider(),
    header(HOME_WORDS.guidesTitle),
  ];
  let first = 0;
  let quizzes = 0;
  const groups = guides.map((guide) => {
    const blocks = guideBlocks(
      guide,
      first,
      guide.sections.some((s) => s.recommender) ? quizzes++ : undefined,
    );
    first += guide.sections.length;
    return { item: guide, blocks };
  });
  const body = fitGroups(
    groups,
    { blocks: L.viewBlocks - head.length, chars: Number.POSITIVE_INFINITY },
    (skipped) =>
      section(TOPICS_WORDS.moreGuides(skipped.map((guide) => `*${escapeMrkdwn(guide.title)}*`).join(', '))),
  );
  return { type: 'home', blocks: [...head, ...body] };
}

function guideBlocks(guide: Guide, firstTopic: number, quizIndex: number | undefined): Block[] {
  const line = HOME_WORDS.guideLine(escapeMrkdwn(guide.title), sidesLine(guide.sides), guide.sections.length);
  const buttons = topicButtons(
    guide.sections.map((section) => ({ guide, section })),
    firstTopic,
  );
  const blocks: Block[] = [section(line)];
  if (quizIndex !== undefined) {
    const quiz = button({
      label: BUTTON_LABELS.quiz,
      actionId: quizActionId(quizIndex),
      value: guide.id,
      style: 'primary',
    });
    blocks.push(section(HOME_WORDS.quizHint, quiz));
  }
  return [...blocks, ...chunk(buttons, L.actionsElements).map(actions), divider()];
}
