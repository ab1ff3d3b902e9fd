import { BLOCK_KIT_LIMITS as L } from '../block-kit/index.js';
import { ACTION_IDS } from './action-ids.js';
import { plainText } from './block-builders.js';
import { MODAL_WORDS } from './messages.js';
import type { Block, ModalView, SlackMessage } from './slack-message.js';

/** Buttons that only make sense on a message: sharing it, and voting on it in the conversation. */
const MESSAGE_ONLY_ACTIONS: ReadonlySet<string> = new Set([
  ACTION_IDS.share,
  ACTION_IDS.feedbackHelpful,
  ACTION_IDS.feedbackNotHelpful,
]);

/**
 * A message shown in a modal, where the person clicked on the App Home rather than in a DM they
 * would have to go and find. The blocks are the message's, less the buttons that act on a message
 * (share, feedback); topic and quiz buttons stay, and replace what the modal shows.
 */
export function renderInModal(message: SlackMessage, title: string = MODAL_WORDS.title): ModalView {
  const blocks = message.blocks.flatMap((block): Block[] => {
    if (block.type !== 'actions') return [block];
    const elements = block.elements.filter((element) => !MESSAGE_ONLY_ACTIONS.has(element.action_id));
    return elements.length > 0 ? [{ ...block, elements }] : [];
  });
  return {
    type: 'modal',
    title: plainText(title, L.modalTitle),
    close: plainText(MODAL_WORDS.close, L.modalButton),
    blocks: blocks.slice(0, L.viewBlocks),
  };
}
