import type { Guide, Section } from '../guide.js';
import { ACTION_IDS, sectionRefValue, topicActionId } from './action-ids.js';
import { button } from './block-builders.js';
import { BUTTON_LABELS } from './messages.js';
import type { ButtonElement } from './slack-message.js';

/** A button that opens a section; `n` keeps action ids unique within one message or view. */
export function topicButton(guide: Guide, section: Section, n: number): ButtonElement {
  return button({
    label: section.title,
    actionId: topicActionId(n),
    value: sectionRefValue(guide.id, section.id),
  });
}

/** The "All topics" button that opens the table of contents. */
export function allTopicsButton(label: string = BUTTON_LABELS.allTopics): ButtonElement {
  return button({ label, actionId: ACTION_IDS.topics });
}

/** A guide's section and the guide it belongs to, as matching and suggestions hand them over. */
export interface TopicRef {
  guide: Guide;
  section: Section;
}

/** Buttons for `topics` in order, numbered from `first`. */
export function topicButtons(topics: readonly TopicRef[], first = 0): ButtonElement[] {
  return topics.map((topic, i) => topicButton(topic.guide, topic.section, first + i));
}
