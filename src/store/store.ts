/**
 * What CertPath keeps about its own use, so a guide's authors can see what people ask and miss.
 * One interface, three backends (memory, SQLite, PostgreSQL) that the contract tests hold to the same
 * behaviour. User ids only, never names; timestamps are ISO-8601 UTC strings.
 */

/** Where a question reached the bot. Overheard channel messages are never recorded. */
export type Surface = 'slash' | 'mention' | 'dm';

/** Why an asked question counts as unanswered. */
export type Outcome = 'not-covered' | 'did-you-mean' | 'low-confidence';

/** A guide section, by id. */
export interface SectionRef {
  guideId: string;
  sectionId: string;
}

/** One person's 👍/👎 on one message. */
export interface FeedbackVote extends SectionRef {
  teamId: string;
  userId: string;
  /** Identifies the rated message (channel and ts, or the rated answer when Slack gives no ts). */
  messageKey: string;
  question: string;
  confidence: number;
  helpful: boolean;
  at: string;
}

/** What a vote did: a first vote, a changed mind, or a repeat that changed nothing. */
export type VoteResult = 'created' | 'changed' | 'unchanged';

/** A question asked of the bot that it could not answer well. */
export interface UnansweredQuestion {
  teamId: string;
  userId: string;
  surface: Surface;
  question: string;
  /** The grouping form (see normalizeQuestion). */
  normalized: string;
  outcome: Outcome;
  bestGuess?: SectionRef & { confidence: number };
  at: string;
}

/** An admin's decision: this question is answered by that section. */
export interface LearnedPhrasing extends SectionRef {
  question: string;
  normalized: string;
  taughtBy: string;
  at: string;
}

/** After a 👎, the topic the person says they were looking for: a suggestion for admins, never applied. */
export interface TopicSuggestion extends SectionRef {
  teamId: string;
  userId: string;
  messageKey: string;
  /** The question of the rated answer, when the vote is known. */
  question?: string;
  at: string;
}

/** Unanswered questions with the same normalised form. */
export interface UnansweredGroup {
  normalized: string;
  /** The most recent wording. */
  question: string;
  count: number;
  lastSeen: string;
  outcome: Outcome;
  bestGuess?: SectionRef & { confidence: number };
}

export interface FeedbackTotal extends SectionRef {
  helpful: number;
  unhelpful: number;
}

export interface SuggestionTotal extends SectionRef {
  question: string;
  count: number;
  lastSeen: string;
}

export type StoreKind = 'memory' | 'sqlite' | 'postgres';

/** The store. Every method may reject (a lost database); callers off the answer path go through the write queue. */
export interface Store {
  readonly kind: StoreKind;
  recordFeedback(vote: FeedbackVote): Promise<VoteResult>;
  /** Several at once are written in one statement. */
  recordUnanswered(...questions: UnansweredQuestion[]): Promise<void>;
  /** Stores (or replaces) the section a normalised question is answered with. */
  teach(phrasing: LearnedPhrasing): Promise<void>;
  learnedPhrasings(): Promise<LearnedPhrasing[]>;
  /** One suggestion per vote: a second pick replaces the first. */
  recordSuggestion(suggestion: TopicSuggestion): Promise<void>;
  /** The largest groups first, then the most recent. */
  unansweredGroups(options: { since: string; limit: number }): Promise<UnansweredGroup[]>;
  feedbackTotals(options: { since: string }): Promise<FeedbackTotal[]>;
  suggestionTotals(options: { since: string }): Promise<SuggestionTotal[]>;
  /** Deletes feedback, unanswered questions and suggestions older than `before`; learned phrasings stay. */
  purge(before: string): Promise<number>;
  /** Resolves when the backend answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
