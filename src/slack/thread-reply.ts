import type { Reply } from '../core/answer/answerer.js';
import { escapeMrkdwn, sectionRefValue, THREAD_WORDS } from '../core/render/index.js';
import type { SlackMessage } from '../core/render/slack-message.js';
import { type Poster, postReply } from './post-reply.js';
import { type ThreadMemory, threadKey } from './thread-memory.js';

/** A section the bot is about to post, as thread memory knows it. */
export interface PostedSection {
  /** `<guideId>/<sectionId>`. */
  key: string;
  title: string;
}

/** The section a reply answers with, if it is an answer. */
export function answeredSection(reply: Reply): PostedSection | undefined {
  if (reply.decision.kind !== 'answer') return undefined;
  const { guide, section } = reply.decision.answer;
  return { key: sectionRefValue(guide.id, section.id), title: section.title };
}

/** What the asker alone is told when the section is already in the thread. */
export function alreadyPosted(section: PostedSection): { text: string } {
  return { text: THREAD_WORDS.alreadyPosted(escapeMrkdwn(section.title)) };
}

export interface ThreadPost {
  channel: string;
  /** The ts of the thread's root message. */
  rootTs: string;
  message: SlackMessage;
  section?: PostedSection;
}

/**
 * Posts a reply in a thread, unless it is a section already posted there: the bot never posts
 * the same section twice in one thread. Returns false when it held back for that reason.
 */
export async function postInThread(
  poster: Poster,
  threads: ThreadMemory,
  post: ThreadPost,
): Promise<boolean> {
  const thread = threadKey(post.channel, post.rootTs);
  if (post.section && !(await threads.claim(thread, post.section.key))) return false;
  try {
    await postReply(poster, { channel: post.channel, threadTs: post.rootTs, message: post.message });
    return true;
  } catch (error) {
    // The section never reached the thread, so a later try may post it. A release that fails too
    // leaves the claim to expire: better a section missing from a thread than the post's error lost.
    if (post.section) await threads.release(thread, post.section.key).catch(() => undefined);
    throw error;
  }
}
