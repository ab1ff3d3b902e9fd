import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Guide } from '../../src/core/guide.js';
import { buildGuideIndex, createAnswerer, matchQuestion, sectionText } from './built-core.js';

/** A way of finding the section for a question: builds its index once, then answers questions. */
export interface MatchingEngine {
  name: string;
  /** Builds the index over `guides`; the returned function answers one question. */
  build(guides: readonly Guide[]): (question: string) => unknown;
}

/** The full path every Slack reply takes: decide, match, render Block Kit. */
export const certpathAsk: MatchingEngine = {
  name: 'certpath ask',
  build(guides) {
    const answerer = createAnswerer(guides);
    return (question) => answerer.ask(question, { mode: 'direct' });
  },
};

/** Matching only: ranked candidates, no decision or rendering. */
export const certpathMatch: MatchingEngine = {
  name: 'certpath match',
  build(guides) {
    const indexes = guides.map(buildGuideIndex);
    return (question) => matchQuestion(indexes, question);
  },
};

interface Doc {
  id: string;
  title: string;
  text: string;
}

/** The same plain text for both baselines: what `content export` publishes. */
function docs(guides: readonly Guide[]): Doc[] {
  return guides.flatMap((guide) =>
    guide.sections.map((section) => ({
      id: `${guide.id}/${section.id}`,
      title: section.title,
      text: sectionText(guide, section),
    })),
  );
}

/** Plain Fuse.js, default options, over title + text. */
export const fuseDefaults: MatchingEngine = {
  name: 'fuse.js defaults',
  build(guides) {
    const fuse = new Fuse(docs(guides), { keys: ['title', 'text'] });
    return (question) => fuse.search(question);
  },
};

/** MiniSearch over title + text with fuzzy 0.2 and prefix search. */
export const miniSearchFuzzy: MatchingEngine = {
  name: 'minisearch fuzzy+prefix',
  build(guides) {
    const mini = new MiniSearch<Doc>({
      fields: ['title', 'text'],
      searchOptions: { fuzzy: 0.2, prefix: true },
    });
    mini.addAll(docs(guides));
    return (question) => mini.search(question);
  },
};

export const ENGINES: readonly MatchingEngine[] = [certpathMatch, certpathAsk, fuseDefaults, miniSearchFuzzy];
