import { BLOCK_KIT_LIMITS as L } from '../core/block-kit/index.js';
import { renderGapsPanel } from '../core/render/render-gaps-panel.js';
import type { HomeView } from '../core/render/slack-message.js';
import type { ListenerDeps } from './listeners/deps.js';

/**
 * The Home view with the admins' Content gaps panel appended, for an admin; the view unchanged
 * for everyone else. Reads the store (after any ack), so a lost database shows a line, not an error.
 */
export async function withGapsPanel(
  view: HomeView,
  userId: string,
  { answerer, learning }: Pick<ListenerDeps, 'answerer' | 'learning'>,
  notice?: string,
): Promise<HomeView> {
  if (!learning?.isAdmin(userId)) return view;
  const gaps = await learning.gaps();
  const panel = renderGapsPanel({
    guides: answerer.guides,
    ...(gaps ? { gaps } : {}),
    ...(notice ? { notice } : {}),
    maxBlocks: L.viewBlocks - view.blocks.length,
  });
  // The panel's selects are not part of the message Block type; Slack takes them in a Home view.
  // One rule between the topics and the panel, not two.
  const endsWithRule = view.blocks.at(-1)?.type === 'divider';
  const blocks = endsWithRule && panel[0]?.type === 'divider' ? panel.slice(1) : panel;
  return { ...view, blocks: [...view.blocks, ...(blocks as HomeView['blocks'])] };
}
