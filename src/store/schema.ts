import type { Kysely } from 'kysely';

/**
 * The tables, as Kysely sees them. Timestamps are ISO-8601 UTC text (ordered as text on both backends);
 * booleans are 0/1 integers (SQLite has no boolean type).
 */
export interface FeedbackTable {
  team_id: string;
  user_id: string;
  message_key: string;
  question: string;
  guide_id: string;
  section_id: string;
  confidence: number;
  helpful: number;
  created_at: string;
  updated_at: string;
}

export interface UnansweredTable {
  id: string;
  team_id: string;
  user_id: string;
  surface: string;
  question: string;
  normalized: string;
  outcome: string;
  best_guide_id: string | null;
  best_section_id: string | null;
  confidence: number | null;
  created_at: string;
}

export interface LearnedPhrasingTable {
  normalized: string;
  question: string;
  guide_id: string;
  section_id: string;
  taught_by: string;
  created_at: string;
}

export interface TopicSuggestionTable {
  team_id: string;
  user_id: string;
  message_key: string;
  question: string | null;
  guide_id: string;
  section_id: string;
  created_at: string;
}

export interface Database {
  feedback: FeedbackTable;
  unanswered: UnansweredTable;
  learned_phrasings: LearnedPhrasingTable;
  topic_suggestions: TopicSuggestionTable;
}

/** The database handle every query goes through (parameterised: no string is ever spliced into SQL). */
export type Db = Kysely<Database>;
