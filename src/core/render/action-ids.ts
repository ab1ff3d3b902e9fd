/**
 * The action ids and values CertPath's buttons carry: a contract with the Slack adapter,
 * which registers its handlers with the patterns below.
 */
export const ACTION_IDS = {
  /** Opens the table of contents. */
  topics: 'certpath.topics',
  /** Starts the recommender quiz; value is the guide id. */
  quiz: 'certpath.quiz',
  /** Posts the answer in the channel for everyone; value is `<guideId>/<sectionId>`. */
  share: 'certpath.share',
  feedbackHelpful: 'certpath.feedback.helpful',
  feedbackNotHelpful: 'certpath.feedback.not_helpful',
} as const;

/** Matches every topic button: `certpath.topic.0`, `certpath.topic.1`, … */
export const TOPIC_ACTION_PATTERN = /^certpath\.topic\.\d+$/;
/** Matches every quiz button: `certpath.quiz`, and `certpath.quiz.1`… when a view offers several. */
export const QUIZ_ACTION_PATTERN = /^certpath\.quiz(?:\.\d+)?$/;

/** The action id of the n-th topic button in a message (ids must be unique within it). */
export function topicActionId(n: number): string {
  return `certpath.topic.${n}`;
}

/** The action id of the n-th quiz button; the first is plain `certpath.quiz`. */
export function quizActionId(n: number): string {
  return n === 0 ? ACTION_IDS.quiz : `${ACTION_IDS.quiz}.${n}`;
}

/** What a topic or share button carries: which section of which guide. */
export interface SectionRef {
  guideId: string;
  sectionId: string;
}

/** `<guideId>/<sectionId>`; ids are slugs, so the slash is unambiguous. */
export function sectionRefValue(guideId: string, sectionId: string): string {
  return `${guideId}/${sectionId}`;
}

/** Reads a `<guideId>/<sectionId>` button value back, or undefined when it is not one. */
export function parseSectionRef(value: string): SectionRef | undefined {
  const match = /^([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(value);
  return match ? { guideId: match[1]!, sectionId: match[2]! } : undefined;
}
