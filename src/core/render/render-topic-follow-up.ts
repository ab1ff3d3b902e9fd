import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import type { Guide } from '../guide.js';
import { mrkdwn, plainText } from './block-builders.js';
import type { OptionObject, StaticSelectElement } from './input-blocks.js';
import { LEARNING_IDS, topicBlockId } from './learning-ids.js';
import { LEARNING_WORDS } from './learning-words.js';
import type { Block, Mrkdwn } from './slack-message.js';

/** A section with a select on its right: the one block the learning features add. */
export interface SelectSectionBlock {
  type: 'section';
  block_id: string;
  text: Mrkdwn;
  accessory: StaticSelectElement | (Omit<StaticSelectElement, 'options'> & { option_groups: OptionGroup[] });
}

export interface OptionGroup {
  label: { type: 'plain_text'; text: string };
  options: OptionObject[];
}

/** A message whose blocks may include a select. */
export interface MessageWithSelect {
  text: string;
  blocks: (Block | SelectSectionBlock)[];
}

/**
 * After a 👎, privately: "Which topic were you looking for?" with the guide's topics. Picking one
 * is optional; it is kept as a suggestion for the guide's admins.
 */
export function renderTopicFollowUp(guide: Guide, messageKey: string): SelectSectionBlock {
  return {
    type: 'section',
    block_id: topicBlockId(guide.id, messageKey),
    text: mrkdwn(LEARNING_WORDS.topicQuestion),
    accessory: {
      type: 'static_select',
      action_id: LEARNING_IDS.feedbackTopic,
      placeholder: plainText(LEARNING_WORDS.topicPlaceholder, L.optionText),
      options: guide.sections
        .slice(0, 100)
        .map((section) => ({ text: plainText(section.title, L.optionText), value: section.id })),
    },
  };
}
