import type { Guide, Section } from '../guide.js';
import { ACTION_IDS, quizActionId } from './action-ids.js';
import { actions, button } from './block-builders.js';
import { type FeedbackRef, feedbackValue } from './feedback-value.js';
import { BUTTON_LABELS } from './messages.js';
import { shareValue } from './share-value.js';
import type { ActionsBlock, ButtonElement } from './slack-message.js';
import { type TopicRef, topicButtons } from './topic-buttons.js';

const MAX_RELATED = 4;
const MAX_ALSO_CLOSE = 2;

/**
 * Follow-up buttons: the other sections matching came closest to for this question (`alsoClose`, best first),
 * then the sections the guide relates to this one, and the quiz when this is the section that carries it.
 */
export function followUpActions(
  guide: Guide,
  section: Section,
  alsoClose: readonly TopicRef[] = [],
): ActionsBlock | undefined {
  const close = alsoClose.filter((topic) => topic.section !== section).slice(0, MAX_ALSO_CLOSE);
  const related = section.related
    .map((id) => guide.sections.find((candidate) => candidate.id === id))
    .filter((candidate): candidate is Section => candidate !== undefined && candidate.id !== section.id)
    .filter((candidate) => !close.some((topic) => topic.section === candidate))
    .slice(0, MAX_RELATED);
  const elements = topicButtons([...close, ...related.map((topic) => ({ guide, section: topic }))]);
  if (section.recommender) {
    elements.push(
      button({ label: BUTTON_LABELS.quiz, actionId: quizActionId(0), value: guide.id, style: 'primary' }),
    );
  }
  return elements.length > 0 ? actions(elements) : undefined;
}

/**
 * Share (when the answer is only visible to the asker) and the two feedback buttons. The share
 * button carries the band and confidence, so the shared copy shows what the private one did.
 */
export function responseActions(
  ref: FeedbackRef,
  shareable: boolean,
  band: 'best' | 'possible' = 'best',
): ActionsBlock {
  const value = feedbackValue(ref);
  const elements: ButtonElement[] = [];
  if (shareable) {
    elements.push(
      button({
        label: BUTTON_LABELS.share,
        actionId: ACTION_IDS.share,
        value: shareValue({ ...ref, band }),
      }),
    );
  }
  elements.push(
    button({ label: BUTTON_LABELS.helpful, actionId: ACTION_IDS.feedbackHelpful, value }),
    button({ label: BUTTON_LABELS.notHelpful, actionId: ACTION_IDS.feedbackNotHelpful, value }),
  );
  return actions(elements);
}
