import type { Guide } from '../../../core/guide.js';
import type { RecommendInput } from '../../../core/recommend/index.js';
import { type QuizMetadata, quizPrivateMetadata, renderQuizModal } from '../../../core/render/index.js';
import type { SlackClient } from '../../slack-client.js';
import { type ModalTarget, showModal } from './show-modal.js';

/** Where the quiz was started: the result goes back there (the modal itself for the App Home). */
export type QuizPlace = Omit<QuizMetadata, 'guideId'>;

/**
 * Shows the guide's quiz (in a new modal, or in place of the open one), remembering where it came
 * from; `previous` answers are ticked and picked again, for "Retake the quiz".
 */
export async function openQuizModal(
  client: SlackClient,
  target: ModalTarget,
  guide: Guide,
  place: QuizPlace,
  previous?: RecommendInput,
): Promise<void> {
  const privateMetadata = quizPrivateMetadata({ guideId: guide.id, ...place });
  const view = renderQuizModal(guide, { privateMetadata, ...(previous ? { previous } : {}) });
  await showModal(client, target, view);
}
