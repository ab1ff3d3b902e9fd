import type { BlockButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { MalformedButtonValueError } from '../../errors.js';
import { clickPlace } from '../../reply-where-clicked.js';
import type { ListenerDeps } from '../deps.js';
import { openQuizModal, type QuizPlace } from '../views/open-quiz-modal.js';
import { pickQuiz } from '../views/pick-quiz.js';

/**
 * A quiz button (`certpath.quiz`, `certpath.quiz.<n>`; value: the guide id), on the App Home, the
 * `choose` answer or a recommendation ("Retake"): opens that guide's quiz modal. A guide that has
 * no quiz (any more) is said so to the clicker only.
 */
export function createOpenQuiz({
  answerer,
}: Pick<ListenerDeps, 'answerer'>): Middleware<SlackActionMiddlewareArgs<BlockButtonAction>> {
  return async ({ ack, action, body, client, respond }) => {
    await ack();
    if (!action.value) throw new MalformedButtonValueError(action.action_id, '');
    const picked = pickQuiz(answerer.guides, action.value);
    if ('guide' in picked) {
      await openQuizModal(client, body.trigger_id, picked.guide, placeOf(body));
      return;
    }
    if (body.response_url) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: picked.refusal });
      return;
    }
    await client.chat.postMessage({ channel: body.user.id, text: picked.refusal });
  };
}

/** The channel and thread of the clicked message; nothing from the App Home, so the result goes to the DM. */
function placeOf(body: BlockButtonAction): QuizPlace {
  if (clickPlace(body) === 'home') return {};
  const channelId = body.channel?.id ?? body.container.channel_id;
  const threadTs = body.message?.thread_ts ?? body.container.thread_ts;
  return {
    ...(typeof channelId === 'string' ? { channelId } : {}),
    ...(typeof threadTs === 'string' ? { threadTs } : {}),
  };
}
