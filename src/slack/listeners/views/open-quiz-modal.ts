import type { Guide } from '../../../core/guide.js';
import { type QuizMetadata, quizPrivateMetadata, renderQuizModal } from '../../../core/render/index.js';
import type { SlackClient } from '../../thread-reply.js';

/** Where the quiz was started: the result goes back there, or to the DM when there is no channel. */
export type QuizPlace = Omit<QuizMetadata, 'guideId'>;

/** Opens the guide's quiz modal for the user whose trigger id this is, remembering where it came from. */
export async function openQuizModal(
  client: SlackClient,
  triggerId: string,
  guide: Guide,
  place: QuizPlace,
): Promise<void> {
  const privateMetadata = quizPrivateMetadata({ guideId: guide.id, ...place });
  await client.views.open({ trigger_id: triggerId, view: renderQuizModal(guide, { privateMetadata }) });
}
