/**
 * The typed shape of a comparison guide once it has been loaded and validated.
 * Everything after the loader takes these values and trusts them.
 */

/** One of the two things a guide compares, e.g. the Architect certification. */
export interface Side {
  id: string;
  /** Short label shown as a column heading, e.g. "Architect". */
  label: string;
  /** Full name, e.g. "AWS Certified Solutions Architect – Associate". */
  name: string;
  /** Exam code such as "SAA-C03", if the side has one. */
  code?: string;
  /** Emoji code shown next to the label, e.g. ":building_construction:". */
  emoji?: string;
}

/** One side's cell in a comparison row: a sentence, or a short list. */
export type CellValue = string | readonly string[];

/** A row of a side-by-side comparison: the aspect and what each side says about it. */
export interface ComparisonRow {
  /** What is compared ("Programming"); empty for a row that is just two lists. */
  aspect: string;
  /** Cell per side id. Every side of the guide has one. */
  cells: Readonly<Record<string, CellValue>>;
}

/** A statement or role in the "which should I take" recommender, pointing at a side. */
export interface Criterion {
  id: string;
  /** A statement the asker may tick, or a role they may hold. */
  kind: 'statement' | 'role';
  /** What the user ticks or picks: "I enjoy system design". */
  label: string;
  /** The side it points to; absent for a neutral choice such as "Other". */
  side?: string;
  weight: number;
  /** Words in a free-text question that mean this criterion ("sysadmin"). */
  keywords: readonly string[];
}

/** The recommender data a `choose` section may carry. */
export interface Recommender {
  statements: readonly Criterion[];
  roles: readonly Criterion[];
  /** Yes/no questions asked with radio buttons ("Do you code day to day?"). */
  questions: readonly RecommenderQuestion[];
  /** Markdown shown when the answers point both ways. */
  mixed: string;
}

export interface RecommenderQuestion {
  id: string;
  label: string;
  options: readonly { id: string; label: string; side?: string; weight: number }[];
}

export interface Section {
  id: string;
  title: string;
  summary: string;
  /** Alternate questions, as an author would word them. */
  questions: readonly string[];
  keywords: readonly string[];
  /** Set when the section is about one side only. */
  side?: string;
  comparison: readonly ComparisonRow[];
  /** When true, every comparison cell is a rating on the guide's scale. */
  rated: boolean;
  /**
   * When true, newcomers ask it naming only the field, not the certifications ("brand new to cloud, what comes
   * first?"): a question in the guide's general terms that asks, and that the classifier also puts here, is
   * answered though it uses words the guide does not (see decideReply).
   */
  askedWithoutNaming: boolean;
  related: readonly string[];
  /** Markdown body for what is not side by side. */
  body: string;
  recommender?: Recommender;
  /** Path of the file the section came from, for messages. */
  file: string;
}

/** A topic the guide knowingly does not answer, so "how much is the exam?" gets "not covered". */
export interface UncoveredTopic {
  topic: string;
  keywords: readonly string[];
  /**
   * Keywords that mark the topic only in a question that names nothing of the guide (no side, exam code
   * or credential word) and asks for no pick unless it sets other things against each other: "how do I
   * debug a Lambda timeout" is about Lambda, "is Lambda on the developer exam" about the exam.
   */
  unnamedKeywords?: readonly string[];
  /**
   * Keywords that name the asker's circumstances as often as the topic (a city, a country): they mark the
   * topic only in a clause that asks ("is SAA worth it in Berlin?"), not in one that sets the scene ("the
   * Munich team is mapping certs to job grades: which tier is the SAA?"). A message in which no clause
   * asks is read whole.
   */
  askedKeywords?: readonly string[];
  /**
   * Keywords that mark the topic only in a question that does not point at the pair ("each", "both",
   * "either", "these two"): "do employers even care about certs?" asks whether certifications pay off;
   * "do employers care about having both associates?" asks about these two.
   */
  generalKeywords?: readonly string[];
}

export interface Guide {
  id: string;
  title: string;
  /** Exactly two sides, in display order. */
  sides: readonly [Side, Side];
  /** Canonical term → words and phrases users type for it. */
  vocabulary: Readonly<Record<string, readonly string[]>>;
  /** Rating scale, lowest first, e.g. Low, Medium, High, Very High. */
  ratingScale: readonly string[];
  notCovered: readonly UncoveredTopic[];
  /**
   * Words that say a question is about the guide in general ("certification", "compare"):
   * they count little for any one section, so "salary comparison" lands on salary.
   */
  generalTerms: readonly string[];
  /** Where a question that names only the sides (or nothing more specific) lands, e.g. `overview`. */
  defaultSection?: string;
  sections: readonly Section[];
  /** Folder the guide was loaded from. */
  dir: string;
}
