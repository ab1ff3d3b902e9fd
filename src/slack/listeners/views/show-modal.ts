import type { BlockButtonAction } from '@slack/bolt';
import type { FormModalView, ModalView } from '../../../core/render/index.js';
import type { SlackClient } from '../../slack-client.js';

/** Where a modal goes: a new one over the App Home (or wherever the click was), or in place of an open one. */
export type ModalTarget = { triggerId: string } | { viewId: string };

/**
 * A click inside a modal replaces what that modal shows (so the Close button always goes back
 * to where the person was, and Slack's limit of three stacked modals never bites); any other
 * click opens a new modal with the click's trigger id.
 */
export function modalTarget(body: BlockButtonAction): ModalTarget {
  const view = body.view;
  return view?.type === 'modal' && view.id ? { viewId: view.id } : { triggerId: body.trigger_id };
}

/** Opens the view in a new modal, or shows it in the open one. */
export async function showModal(
  client: SlackClient,
  target: ModalTarget,
  view: ModalView | FormModalView,
): Promise<void> {
  if ('viewId' in target) await client.views.update({ view_id: target.viewId, view });
  else await client.views.open({ trigger_id: target.triggerId, view });
}
