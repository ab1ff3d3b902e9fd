import { decideReply } from '../../core/answer/decide-reply.js';
import type { Guide } from '../../core/guide.js';
import { buildGuideIndexes } from '../../core/matching/guide-index.js';
import { matchQuestion } from '../../core/matching/match-question.js';
import { fuseDefaultsSearch, miniSearchFuzzySearch } from './baseline-search.js';

/** What a system did with one question in direct mode: the answered section (if any) and its top three. */
export interface DirectOutcome {
  answer?: string;
  top3: string[];
  /** The matcher's best candidate whatever was decided (CertPath only), for the calibration table. */
  top?: { section?: string; confidence: number };
}

/** Something the evaluation can score: CertPath itself, or a baseline over the same content. */
export interface System {
  name: string;
  direct(question: string): DirectOutcome;
  /** The section it would post in a channel, or undefined for silence. */
  channel(question: string): string | undefined;
}

/** CertPath's own matcher and decision rules. */
export function certpathSystem(guides: readonly Guide[]): System {
  const indexes = buildGuideIndexes(guides);
  return {
    name: 'certpath',
    direct(question) {
      const decision = decideReply(indexes, question, 'direct');
      const best = matchQuestion(indexes, question).candidates[0];
      const top = best
        ? { top: { ...(best.section ? { section: best.section.id } : {}), confidence: best.confidence } }
        : {};
      if (decision.kind === 'answer') {
        const { answer } = decision;
        return {
          answer: answer.section.id,
          top3: [answer, ...decision.suggestions].slice(0, 3).map((s) => s.section.id),
          ...top,
        };
      }
      return {
        top3: decision.kind === 'did-you-mean' ? decision.suggestions.map((s) => s.section.id) : [],
        ...top,
      };
    },
    channel(question) {
      const decision = decideReply(indexes, question, 'channel');
      return decision.kind === 'answer' ? decision.answer.section.id : undefined;
    },
  };
}

/**
 * A baseline answers with its first hit and stays silent only when it finds nothing. Each case asks it
 * directly and then in a channel, the same search twice: the last question's hits are kept, which halves
 * the time plain Fuse.js spends on long questions (most of a gate list's run).
 */
function baseline(name: string, searchDocs: (question: string) => string[]): System {
  let last: { question: string; hits: string[] } | undefined;
  const search = (question: string) => {
    if (last?.question !== question) {
      last = { question, hits: searchDocs(question).map((id) => id.slice(id.indexOf('/') + 1)) };
    }
    return last.hits;
  };
  return {
    name,
    direct(question) {
      const hits = search(question);
      return { ...(hits[0] ? { answer: hits[0] } : {}), top3: hits.slice(0, 3) };
    },
    channel: (question) => search(question)[0],
  };
}

/** Plain Fuse.js with default options over title + text. */
export function fuseBaseline(guides: readonly Guide[]): System {
  return baseline('fuse.js defaults', fuseDefaultsSearch(guides));
}

/** MiniSearch over title + text with its usual fuzzy + prefix search. */
export function miniSearchBaseline(guides: readonly Guide[]): System {
  return baseline('minisearch fuzzy+prefix', miniSearchFuzzySearch(guides));
}
