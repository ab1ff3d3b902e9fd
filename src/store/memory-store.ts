import { storableText as text } from './storable-text.js';
import type {
  FeedbackTotal,
  FeedbackVote,
  LearnedPhrasing,
  Store,
  SuggestionTotal,
  TopicSuggestion,
  UnansweredGroup,
  UnansweredQuestion,
} from './store.js';

/** The store in the process's memory: the playground's and the unit tests' default. Gone on restart. */
export function createMemoryStore(): Store {
  const votes = new Map<string, FeedbackVote & { updatedAt: string }>();
  let asked: UnansweredQuestion[] = [];
  const learned = new Map<string, LearnedPhrasing>();
  const suggested = new Map<string, TopicSuggestion>();
  const voteKey = (v: { teamId: string; userId: string; messageKey: string }) =>
    JSON.stringify([v.teamId, v.userId, v.messageKey]);
  return {
    kind: 'memory',
    async recordFeedback(vote) {
      const key = voteKey(vote);
      const existing = votes.get(key);
      if (existing?.helpful === vote.helpful) return 'unchanged';
      votes.set(
        key,
        existing
          ? { ...existing, helpful: vote.helpful, updatedAt: vote.at }
          : { ...vote, question: text(vote.question), updatedAt: vote.at },
      );
      return existing ? 'changed' : 'created';
    },
    async recordUnanswered(...questions) {
      for (const question of questions)
        asked.push({ ...question, question: text(question.question), normalized: text(question.normalized) });
    },
    async teach(phrasing) {
      const normalized = text(phrasing.normalized);
      learned.set(normalized, { ...phrasing, normalized, question: text(phrasing.question) });
    },
    async learnedPhrasings() {
      return [...learned.values()].sort((a, b) => a.at.localeCompare(b.at));
    },
    async recordSuggestion(suggestion) {
      const key = voteKey(suggestion);
      const existing = suggested.get(key);
      const given = suggestion.question === undefined ? undefined : text(suggestion.question);
      const question = existing?.question ?? given ?? votes.get(key)?.question;
      suggested.set(key, { ...suggestion, ...(question === undefined ? {} : { question }) });
    },
    async unansweredGroups({ since, limit }) {
      const groups = new Map<string, UnansweredGroup>();
      for (const q of asked) {
        if (q.at < since) continue;
        const group = groups.get(q.normalized);
        if (group && group.lastSeen > q.at) {
          group.count += 1;
          continue;
        }
        groups.set(q.normalized, {
          normalized: q.normalized,
          question: q.question,
          count: (group?.count ?? 0) + 1,
          lastSeen: q.at,
          outcome: q.outcome,
          ...(q.bestGuess ? { bestGuess: { ...q.bestGuess } } : {}),
        });
      }
      return [...groups.values()]
        .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen))
        .slice(0, limit);
    },
    async feedbackTotals({ since }) {
      const totals = new Map<string, FeedbackTotal>();
      for (const vote of votes.values()) {
        if (vote.updatedAt < since) continue;
        const key = JSON.stringify([vote.guideId, vote.sectionId]);
        const total = totals.get(key) ?? {
          guideId: vote.guideId,
          sectionId: vote.sectionId,
          helpful: 0,
          unhelpful: 0,
        };
        if (vote.helpful) total.helpful += 1;
        else total.unhelpful += 1;
        totals.set(key, total);
      }
      return [...totals.values()];
    },
    async suggestionTotals({ since }) {
      const totals = new Map<string, SuggestionTotal>();
      for (const s of suggested.values()) {
        if (s.at < since) continue;
        const question = s.question ?? '';
        const key = JSON.stringify([s.guideId, s.sectionId, question]);
        const total = totals.get(key);
        if (total) {
          total.count += 1;
          if (s.at > total.lastSeen) total.lastSeen = s.at;
        } else
          totals.set(key, { guideId: s.guideId, sectionId: s.sectionId, question, count: 1, lastSeen: s.at });
      }
      return [...totals.values()].sort((a, b) => b.count - a.count);
    },
    async purge(before) {
      let deleted = 0;
      for (const [key, vote] of votes) {
        if (vote.updatedAt < before) {
          votes.delete(key);
          deleted += 1;
        }
      }
      const kept = asked.filter((q) => q.at >= before);
      deleted += asked.length - kept.length;
      asked = kept;
      for (const [key, s] of suggested) {
        if (s.at < before) {
          suggested.delete(key);
          deleted += 1;
        }
      }
      return deleted;
    },
    async ping() {},
    async close() {},
  };
}
