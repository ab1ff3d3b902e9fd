import type { BlockButtonAction, RespondFn } from '@slack/bolt';
import { renderInModal } from '../core/render/render-in-modal.js';
import type { SlackMessage } from '../core/render/slack-message.js';
import { modalTarget, showModal } from './listeners/views/show-modal.js';
import type { Poster } from './post-reply.js';
import type { ThreadMemory } from './thread-memory.js';
import { alreadyPosted, type PostedSection, postInThread } from './thread-reply.js';

/** Where a button was: the Home tab, a modal, a message only the clicker sees, or a message everyone sees. */
export type ClickPlace = 'home' | 'modal' | 'ephemeral' | 'public';

export function clickPlace(body: BlockButtonAction): ClickPlace {
  if (body.container?.type === 'view') return body.view?.type === 'modal' ? 'modal' : 'home';
  return body.container?.is_ephemeral === true || !body.message ? 'ephemeral' : 'public';
}

export interface Click extends Poster {
  body: BlockButtonAction;
  respond: RespondFn;
  threads: ThreadMemory;
}

/**
 * Replies to a click with the same visibility as what was clicked: ephemeral stays ephemeral
 * (through the response URL), public goes in the message's thread. A click on the Home tab opens
 * the reply in a modal right there, and a click in that modal shows the reply in its place: the
 * person sees it where they are, not as an unread badge on the DM.
 */
export async function replyWhereClicked(
  click: Click,
  message: SlackMessage,
  section?: PostedSection,
): Promise<void> {
  const { body, client, logger, respond, threads } = click;
  const { text, blocks } = message;
  const place = clickPlace(body);
  if (place === 'home' || place === 'modal') {
    await showModal(client, modalTarget(body), renderInModal(message));
    return;
  }
  if (place === 'ephemeral' || !body.message) {
    await respond({ response_type: 'ephemeral', replace_original: false, text, blocks });
    return;
  }
  const channel = body.channel?.id ?? String(body.container.channel_id);
  const rootTs = String(body.message.thread_ts ?? body.message.ts);
  const posted = await postInThread({ client, logger }, threads, {
    channel,
    rootTs,
    message,
    ...(section ? { section } : {}),
  });
  if (!posted && section)
    await respond({ response_type: 'ephemeral', replace_original: false, ...alreadyPosted(section) });
}
