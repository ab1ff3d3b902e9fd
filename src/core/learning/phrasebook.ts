import { isCloseVariant, type PreparedPhrase, preparePhrase } from './close-variant.js';
import { normalizeQuestion } from './normalize-question.js';

/** What the answerer needs of a learned phrasing. */
export interface TaughtSection {
  guideId: string;
  sectionId: string;
}

/** A phrasing to learn: its normalised form and the section it is answered with. */
export interface PhrasingEntry extends TaughtSection {
  normalized: string;
}

/**
 * The learned phrasings the answerer consults before matching. In memory, synchronous and cheap:
 * an exact normalised match first, then a close variant. `version` changes whenever the book does,
 * so cached replies made before a lesson are not served after it.
 */
export interface Phrasebook {
  readonly version: number;
  readonly size: number;
  find(question: string): TaughtSection | undefined;
  /** Learns one phrasing at once (an admin's pick), replacing any for the same normalised form. */
  add(entry: PhrasingEntry): void;
  /** Replaces every phrasing (a reload from the store); keeps the version when nothing changed. */
  replaceAll(entries: readonly PhrasingEntry[]): void;
  has(normalized: string): boolean;
}

interface Learned extends TaughtSection {
  phrase: PreparedPhrase;
}

export function createPhrasebook(initial: readonly PhrasingEntry[] = []): Phrasebook {
  let learned = new Map<string, Learned>();
  let version = 0;
  const toLearned = (entry: PhrasingEntry): Learned => ({
    guideId: entry.guideId,
    sectionId: entry.sectionId,
    phrase: preparePhrase(entry.normalized),
  });
  const fill = (entries: readonly PhrasingEntry[]) => {
    learned = new Map(entries.filter((e) => e.normalized !== '').map((e) => [e.normalized, toLearned(e)]));
  };
  fill(initial);
  return {
    get version() {
      return version;
    },
    get size() {
      return learned.size;
    },
    find(question) {
      if (learned.size === 0) return undefined;
      const normalized = normalizeQuestion(question);
      if (normalized === '') return undefined;
      const exact = learned.get(normalized);
      if (exact) return { guideId: exact.guideId, sectionId: exact.sectionId };
      const phrase = preparePhrase(normalized);
      for (const entry of learned.values()) {
        if (isCloseVariant(phrase, entry.phrase))
          return { guideId: entry.guideId, sectionId: entry.sectionId };
      }
      return undefined;
    },
    add(entry) {
      if (entry.normalized === '') return;
      learned.set(entry.normalized, toLearned(entry));
      version += 1;
    },
    replaceAll(entries) {
      const same =
        entries.length === learned.size &&
        entries.every((e) => {
          const known = learned.get(e.normalized);
          return known?.guideId === e.guideId && known.sectionId === e.sectionId;
        });
      if (same) return;
      fill(entries);
      version += 1;
    },
    has(normalized) {
      return learned.has(normalized);
    },
  };
}
