import type { Guide } from '../../src/core/guide.js';
import {
  buildGuideIndexes,
  createAnswerer,
  fuseDefaultsSearch,
  matchQuestion,
  miniSearchFuzzySearch,
} from './built-core.js';

/** A way of finding the section for a question: builds its index once, then answers questions. */
export interface MatchingEngine {
  name: string;
  /** Builds the index over `guides`; the returned function answers one question. */
  build(guides: readonly Guide[]): (question: string) => unknown;
}

/**
 * The full path every Slack reply takes: decide, match, render Block Kit. The reply cache is off, so
 * that repeated questions measure the work and not a cache hit.
 */
export const certpathAsk: MatchingEngine = {
  name: 'certpath ask',
  build(guides) {
    const answerer = createAnswerer(guides, { cacheSize: 0 });
    return (question) => answerer.ask(question, { mode: 'direct' });
  },
};

/** Matching only: ranked candidates, no decision or rendering. */
export const certpathMatch: MatchingEngine = {
  name: 'certpath match',
  build(guides) {
    const indexes = buildGuideIndexes(guides);
    return (question) => matchQuestion(indexes, question);
  },
};

/** Plain Fuse.js, default options, over title + text — the same baseline `certpath eval` scores. */
export const fuseDefaults: MatchingEngine = { name: 'fuse.js defaults', build: fuseDefaultsSearch };

/** MiniSearch over title + text with fuzzy 0.2 and prefix search — the same baseline `certpath eval` scores. */
export const miniSearchFuzzy: MatchingEngine = {
  name: 'minisearch fuzzy+prefix',
  build: miniSearchFuzzySearch,
};

export const ENGINES: readonly MatchingEngine[] = [certpathMatch, certpathAsk, fuseDefaults, miniSearchFuzzy];
