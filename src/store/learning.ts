import type { Logger } from '@slack/bolt';
import type { Decision } from '../core/answer/decide-reply.js';
import { normalizeQuestion } from '../core/learning/normalize-question.js';
import { createPhrasebook, type Phrasebook } from '../core/learning/phrasebook.js';
import { unansweredOutcome } from '../core/learning/unanswered-outcome.js';
import type {
  FeedbackVote,
  SectionRef,
  Store,
  SuggestionTotal,
  Surface,
  TopicSuggestion,
  UnansweredGroup,
  UnansweredQuestion,
} from './store.js';
import { createWriteQueue, type StoreStatus, type WriteQueue } from './write-queue.js';

/** What the Content gaps panel shows. */
export interface Gaps {
  /** Unanswered groups no lesson covers yet, largest first. */
  unanswered: UnansweredGroup[];
  suggestions: SuggestionTotal[];
  days: number;
}

/** A question asked of the bot, and what the bot decided. */
export interface AskedQuestion {
  teamId: string;
  userId: string;
  surface: Surface;
  question: string;
  decision: Decision;
}

/**
 * What the Slack listeners, the playground and the CLI use to learn from use (issue 14): records
 * questions and votes through the write queue (never on an answer's path), teaches the phrasebook
 * at once, and reads the gaps for admins.
 */
export interface Learning {
  readonly phrasebook: Phrasebook;
  isAdmin(userId: string): boolean;
  asked(ask: AskedQuestion): void;
  voted(vote: Omit<FeedbackVote, 'at'>): void;
  suggested(suggestion: Omit<TopicSuggestion, 'at' | 'question'>): void;
  /** Takes effect for the next question at once; stored in the background. */
  teach(lesson: SectionRef & { question: string; taughtBy: string }): void;
  /** The panel's content, or undefined when the store cannot be read right now. */
  gaps(): Promise<Gaps | undefined>;
  status(): StoreStatus;
  /** Loads the phrasebook from the store (other instances' lessons); keeps the old one on failure. */
  refresh(): Promise<void>;
  /** Deletes rows older than the retention; resolves to how many. */
  purge(): Promise<number>;
  drain(timeoutMs?: number): Promise<void>;
  /** Refreshes every `refreshMs` and purges twice a day until stopped. */
  start(options?: { refreshMs?: number }): void;
  stop(): Promise<void>;
}

export interface LearningOptions {
  store: Store;
  logger: Pick<Logger, 'warn' | 'info'>;
  admins?: readonly string[];
  retentionDays?: number;
  /** Days of history the gaps panel shows. */
  gapsDays?: number;
  now?: () => Date;
  queue?: WriteQueue;
}

const GAPS_SHOWN = 10;

const recordUnanswered = (store: Store, rows: UnansweredQuestion[]) => store.recordUnanswered(...rows);
const DAY_MS = 86_400_000;
const PURGE_EVERY_MS = DAY_MS / 2;

export function createLearning({
  store,
  logger,
  admins = [],
  retentionDays = 90,
  gapsDays = 30,
  now = () => new Date(),
  queue = createWriteQueue({ store, logger }),
}: LearningOptions): Learning {
  const phrasebook = createPhrasebook();
  const timers: NodeJS.Timeout[] = [];
  const at = () => now().toISOString();
  const daysAgo = (days: number) => new Date(now().getTime() - days * DAY_MS).toISOString();
  return {
    phrasebook,
    isAdmin: (userId) => admins.includes(userId),
    asked({ decision, question, ...who }) {
      const outcome = unansweredOutcome(decision);
      if (!outcome || question.trim() === '') return;
      const row = { ...who, question, normalized: normalizeQuestion(question), ...outcome, at: at() };
      queue.enqueueRow('unanswered question', row, recordUnanswered);
    },
    voted(vote) {
      const row = { ...vote, at: at() };
      queue.enqueue('feedback', (s) => s.recordFeedback(row));
    },
    suggested(suggestion) {
      const row = { ...suggestion, at: at() };
      queue.enqueue('topic suggestion', (s) => s.recordSuggestion(row));
    },
    teach({ question, guideId, sectionId, taughtBy }) {
      const normalized = normalizeQuestion(question);
      if (normalized === '') return;
      phrasebook.add({ normalized, guideId, sectionId });
      const row = { question, normalized, guideId, sectionId, taughtBy, at: at() };
      queue.enqueue('learned phrasing', (s) => s.teach(row));
    },
    async gaps() {
      try {
        const since = daysAgo(gapsDays);
        const [groups, suggestions] = await Promise.all([
          store.unansweredGroups({ since, limit: GAPS_SHOWN * 3 }),
          store.suggestionTotals({ since }),
        ]);
        const open = groups.filter((group) => !phrasebook.has(group.normalized)).slice(0, GAPS_SHOWN);
        return { unanswered: open, suggestions: suggestions.slice(0, GAPS_SHOWN), days: gapsDays };
      } catch (error) {
        logger.warn(`store (${store.kind}): could not read the content gaps: ${String(error)}`);
        return undefined;
      }
    },
    status: () => queue.status(),
    async refresh() {
      // A lesson still waiting to be written would vanish from the book until the next refresh.
      if (queue.status().queued > 0) return;
      try {
        phrasebook.replaceAll(await store.learnedPhrasings());
      } catch {
        // The queue's report covers a lost database; the phrasebook keeps what it knew.
      }
    },
    purge: () => store.purge(daysAgo(retentionDays)),
    drain: (timeoutMs) => queue.drain(timeoutMs),
    start({ refreshMs = 30_000 } = {}) {
      const purge = () =>
        queue.enqueue('retention purge', async (s) => {
          const deleted = await s.purge(daysAgo(retentionDays));
          if (deleted > 0)
            logger.info(`store (${s.kind}): purged ${deleted} rows older than ${retentionDays} days`);
        });
      purge();
      timers.push(setInterval(purge, PURGE_EVERY_MS).unref());
      timers.push(setInterval(() => void this.refresh(), refreshMs).unref());
    },
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await queue.drain();
      await store.close();
    },
  };
}
