import type { Answerer } from '../core/answer/answerer.js';
import type { AskMode } from '../core/answer/decide-reply.js';
import type { Surface } from '../core/render/surface.js';
import type { Learning } from '../store/learning.js';
import type { Surface as AskedOn } from '../store/store.js';
import { type HumanMessage, withoutBotMention } from './human-message.js';
import { type Poster, postReply } from './post-reply.js';
import type { ThreadMemory } from './thread-memory.js';
import { alreadyPosted, answeredSection, postInThread } from './thread-reply.js';

export interface AnswerMessageDeps extends Poster {
  answerer: Answerer;
  threads: ThreadMemory;
  learning?: Learning;
}

export interface AnswerMessageOptions {
  /** `direct` when the message was addressed to the bot, `channel` when it was overheard. */
  mode: AskMode;
  /** Reply in a thread under the message even when it is not in one (channels); DMs reply in place. */
  threaded: boolean;
  botUserId?: string;
  /**
   * A question asked of the bot (mention, DM): recorded when unanswered (overheard ones never are), and
   * where the reply is read, so a DM's hints suggest bare commands (`topics`), not `/certpath` or a mention.
   */
  asked?: { surface: AskedOn; teamId: string };
}

/** Asks the core about a person's message and posts its reply beside it; stays silent when the core does. */
export async function answerMessage(
  { answerer, threads, client, logger, learning }: AnswerMessageDeps,
  message: HumanMessage,
  { mode, threaded, botUserId, asked }: AnswerMessageOptions,
): Promise<void> {
  const question = withoutBotMention(message.text, botUserId);
  const surface: Surface = asked?.surface === 'dm' ? 'dm' : 'elsewhere';
  const reply = answerer.ask(question, { mode, shareable: false, surface });
  if (asked && mode === 'direct') {
    learning?.asked({ ...asked, userId: message.user, question, decision: reply.decision });
  }
  if (!reply.message) return;
  const rootTs = threaded ? (message.threadTs ?? message.ts) : message.threadTs;
  const { channel } = message;
  if (rootTs === undefined) {
    await postReply({ client, logger }, { channel, message: reply.message });
    return;
  }
  const section = answeredSection(reply);
  const posted = await postInThread({ client, logger }, threads, {
    channel,
    rootTs,
    message: reply.message,
    ...(section ? { section } : {}),
  });
  // Someone who asked the bot directly gets told why nothing new appeared; overheard chatter gets silence.
  if (!posted && section && mode === 'direct') {
    await client.chat.postEphemeral({
      channel,
      user: message.user,
      thread_ts: rootTs,
      ...alreadyPosted(section),
    });
  }
}
