import type { BlockButtonAction, Middleware, SlackActionMiddlewareArgs } from '@slack/bolt';
import { pickQuiz } from '../../../core/recommend/index.js';
import {
  parseQuizButtonValue,
  quizRefusalText,
  renderInModal,
  renderQuizRefusal,
} from '../../../core/render/index.js';
import { MalformedButtonValueError } from '../../errors.js';
import { clickPlace } from '../../reply-where-clicked.js';
import type { ListenerDeps } from '../deps.js';
import { openQuizModal, type QuizPlace } from '../views/open-quiz-modal.js';
import { modalTarget, showModal } from '../views/show-modal.js';

/**
 * A quiz button (`certpath.quiz`, `certpath.quiz.<n>`; value: the guide id, or the guide and the
 * previous answers on "Retake the quiz"), on the App Home, in a modal, on the `choose` answer or a
 * recommendation: opens that guide's quiz. A guide that has no quiz (any more) is said so to the
 * clicker only: in a modal on the App Home, ephemerally under a message.
 */
export function createOpenQuiz({
  answerer,
}: Pick<ListenerDeps, 'answerer'>): Middleware<SlackActionMiddlewareArgs<BlockButtonAction>> {
  return async ({ ack, action, body, client, respond }) => {
    await ack();
    const button = parseQuizButtonValue(action.value ?? '');
    if (!button) throw new MalformedButtonValueError(action.action_id, action.value ?? '');
    const picked = pickQuiz(answerer.guides, button.guideId);
    if ('guide' in picked) {
      const { previous } = button;
      await openQuizModal(client, modalTarget(body), picked.guide, placeOf(body), previous);
      return;
    }
    const place = clickPlace(body);
    if (place === 'home' || place === 'modal') {
      await showModal(client, modalTarget(body), renderInModal(renderQuizRefusal(picked.refusal)));
      return;
    }
    const text = quizRefusalText(picked.refusal);
    if (body.response_url) {
      await respond({ response_type: 'ephemeral', replace_original: false, text });
      return;
    }
    await client.chat.postMessage({ channel: body.user.id, text });
  };
}

/** The channel and thread of the clicked message; from the App Home (or a modal over it), the modal itself. */
function placeOf(body: BlockButtonAction): QuizPlace {
  const place = clickPlace(body);
  if (place === 'home' || place === 'modal') return { home: true };
  const channelId = body.channel?.id ?? body.container.channel_id;
  const threadTs = body.message?.thread_ts ?? body.container.thread_ts;
  return {
    ...(typeof channelId === 'string' ? { channelId } : {}),
    ...(typeof threadTs === 'string' ? { threadTs } : {}),
  };
}
