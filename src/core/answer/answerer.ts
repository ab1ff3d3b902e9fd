import { BOT_DISPLAY_NAME, DEFAULT_COMMAND } from '../app-names.js';
import type { Guide, Section } from '../guide.js';
import { buildGuideIndexes, type GuideIndex } from '../matching/guide-index.js';
import { readsAsAnotherLanguage } from '../matching/other-language.js';
import { pickQuiz } from '../recommend/pick-quiz.js';
import { renderAnswer } from '../render/render-answer.js';
import { renderDidYouMean } from '../render/render-did-you-mean.js';
import { renderHelp } from '../render/render-help.js';
import { renderNotFound } from '../render/render-not-found.js';
import { renderQuizPrompt, renderQuizRefusal } from '../render/render-quiz-prompt.js';
import { renderAboutBot, renderSmallTalk } from '../render/render-small-talk.js';
import { renderTopics } from '../render/render-topics.js';
import type { SlackMessage } from '../render/slack-message.js';
import type { Surface } from '../render/surface.js';
import { withinLimits } from '../render/within-limits.js';
import { type AskMode, type Decision, decideReply } from './decide-reply.js';
import { ReplyCache } from './reply-cache.js';
import { type LearnedLookup, withLearned } from './with-learned.js';

/** How a question reached the bot and how the reply will be shown. */
export interface AskOptions {
  mode: AskMode;
  /** The reply is ephemeral, so it gets a "Share in channel" button. */
  shareable?: boolean;
  /** Where the reply is read: in a DM, hints suggest bare words (`topics`), not the slash command. */
  surface?: Surface;
}

/** The bot's reply: what it decided, and the message to post (absent when it stays silent). */
export interface Reply {
  decision: Decision;
  message?: SlackMessage;
}

/** The one function every edge calls: a question in, a Slack message out. */
export interface Answerer {
  readonly guides: readonly Guide[];
  /** The slash command's name, used in help texts. */
  readonly command: string;
  /** The bot's display name, as people @-mention it. */
  readonly botName: string;
  ask(question: string, options: AskOptions): Reply;
  /** A section picked by id (follow-up buttons, sharing), or undefined when it does not exist. */
  section(guideId: string, sectionId: string): { guide: Guide; section: Section } | undefined;
  /** Renders a section picked by id, with full confidence unless told what the match showed. */
  renderSection(
    guideId: string,
    sectionId: string,
    options: { shareable: boolean; sharedBy?: string; confidence?: number; band?: 'best' | 'possible' },
  ): SlackMessage | undefined;
}

/** How many distinct questions' replies are kept (a few MB at most). */
const REPLY_CACHE_SIZE = 500;

/** Indexes the guides once and returns the answerer the Slack app, the playground and the CLI share. */
export function createAnswerer(
  guides: readonly Guide[],
  {
    command = DEFAULT_COMMAND,
    botName = BOT_DISPLAY_NAME,
    cacheSize = REPLY_CACHE_SIZE,
    learned,
  }: {
    command?: string;
    botName?: string;
    cacheSize?: number;
    /** Phrasings admins taught (issue 14), consulted on every question; see with-learned.ts. */
    learned?: LearnedLookup;
  } = {},
): Answerer {
  const indexes: GuideIndex[] = buildGuideIndexes(guides);
  const cache = new ReplyCache<Reply>(cacheSize);
  const section = (guideId: string, sectionId: string) => {
    const guide = guides.find((candidate) => candidate.id === guideId);
    const found = guide?.sections.find((candidate) => candidate.id === sectionId);
    return guide && found ? { guide, section: found } : undefined;
  };
  return {
    guides,
    command,
    botName,
    ask(question, options) {
      const shareable = options.shareable ?? false;
      const surface = options.surface ?? 'elsewhere';
      // Replies are plain data that callers only read, so one object can serve every repeat.
      // The phrasebook's version is in the key: a lesson takes effect on the very next question.
      const key = `${learned?.version ?? 0}\u0000${options.mode}\u0000${shareable}\u0000${surface}\u0000${question}`;
      return cache.get(key, () => {
        const decided = decideReply(indexes, question, options.mode);
        const decision = learned ? withLearned(decided, question, options.mode, learned, section) : decided;
        const { message } = render(decision, question, { guides, command, botName, shareable, surface });
        return { decision, ...(message ? { message: withinLimits(message) } : {}) };
      });
    },
    section,
    renderSection(guideId, sectionId, { shareable, sharedBy, confidence = 1, band = 'best' }) {
      const found = section(guideId, sectionId);
      if (!found) return undefined;
      return renderAnswer({
        ...found,
        confidence,
        band,
        shareable,
        ...(sharedBy ? { sharedBy } : {}),
      });
    },
  };
}

interface RenderContext {
  guides: readonly Guide[];
  command: string;
  botName: string;
  shareable: boolean;
  surface: Surface;
}

function render(
  decision: Decision,
  question: string,
  { guides, command, botName, shareable, surface }: RenderContext,
): { message?: SlackMessage } {
  switch (decision.kind) {
    case 'answer': {
      const { guide, section, confidence } = decision.answer;
      const message = renderAnswer({
        guide,
        section,
        confidence,
        band: decision.band,
        question,
        criteria: decision.criteria,
        alsoClose: decision.suggestions,
        shareable,
      });
      return { message };
    }
    case 'did-you-mean':
      return { message: renderDidYouMean({ question, suggestions: decision.suggestions }) };
    case 'not-covered':
      return {
        message: renderNotFound({
          question,
          // A known gap is named whatever the language; only a plain "not covered" is read for it.
          ...(decision.topic
            ? { uncoveredTopic: decision.topic }
            : { otherLanguage: readsAsAnotherLanguage(question) }),
          suggestions: decision.suggestions,
          guides,
        }),
      };
    case 'greeting':
    case 'thanks':
    case 'acknowledgement':
      return { message: renderSmallTalk(decision.kind, command, surface) };
    case 'about':
      return { message: renderAboutBot(guides, command, surface) };
    case 'help':
      return { message: renderHelp({ guides, command, botName, surface }) };
    case 'quiz': {
      const picked = pickQuiz(guides, decision.guideId);
      return {
        message: 'guide' in picked ? renderQuizPrompt(picked.guide) : renderQuizRefusal(picked.refusal),
      };
    }
    case 'topics':
      return { message: renderTopics(guides) };
    case 'silence':
      return {};
  }
}
