/** Action and block ids of the learning features (issue 14): a contract with the Slack adapter. */
export const LEARNING_IDS = {
  /** The "Which topic were you looking for?" select after a 👎; value is a section id. */
  feedbackTopic: 'certpath.feedback.topic',
  /** "Answer this with…" in the Content gaps panel (numbered per gap); value is `<guideId>/<sectionId>`. */
  teachGap: 'certpath.gaps.teach',
} as const;

/** Matches each gap's picker: `certpath.gaps.teach.0`, `.1`… (action ids are unique within a view). */
export const TEACH_GAP_PATTERN = /^certpath\.gaps\.teach\.\d+$/;

export function teachGapActionId(n: number): string {
  return `${LEARNING_IDS.teachGap}.${n}`;
}

const TOPIC_BLOCK = 'certpath.fbt';
const GAP_BLOCK = 'certpath.gap';

/** The follow-up's block id carries the guide and the rated message: `certpath.fbt|<guide>|<message key>`. */
export function topicBlockId(guideId: string, messageKey: string): string {
  return `${TOPIC_BLOCK}|${guideId}|${messageKey}`.slice(0, 255);
}

export function parseTopicBlockId(blockId: string): { guideId: string; messageKey: string } | undefined {
  const [prefix, guideId, ...rest] = blockId.split('|');
  if (prefix !== TOPIC_BLOCK || !guideId || rest.length === 0) return undefined;
  return { guideId, messageKey: rest.join('|') };
}

/** A gap's block id carries its normalised question (at most 200 characters). */
export function gapBlockId(normalized: string): string {
  return `${GAP_BLOCK}|${normalized}`.slice(0, 255);
}

export function parseGapBlockId(blockId: string): string | undefined {
  return blockId.startsWith(`${GAP_BLOCK}|`) ? blockId.slice(GAP_BLOCK.length + 1) : undefined;
}
