import type { Guide } from '../core/guide.js';
import type { Store, UnansweredGroup } from '../store/store.js';

/** What `certpath report` prints, in every format. */
export interface Report {
  since: string;
  store: string;
  unanswered: (UnansweredGroup & { fix: string })[];
  /** Sections ranked by their share of 👎, highest first. */
  feedback: { guide: string; section: string; helpful: number; unhelpful: number; fix: string }[];
  suggestions: { guide: string; section: string; question: string; count: number }[];
}

const REPORT_GROUPS = 100;

/** Reads the store since `since` into a report, with a suggested fix for each line. */
export async function buildReport(store: Store, guides: readonly Guide[], since: string): Promise<Report> {
  const [groups, totals, suggestions, learned] = await Promise.all([
    store.unansweredGroups({ since, limit: REPORT_GROUPS }),
    store.feedbackTotals({ since }),
    store.suggestionTotals({ since }),
    store.learnedPhrasings(),
  ]);
  const taught = new Map(learned.map((p) => [p.normalized, p]));
  const exists = (guideId: string, sectionId: string) =>
    guides.some((g) => g.id === guideId && g.sections.some((s) => s.id === sectionId));
  const quoted = (q: string) => JSON.stringify(q.length > 80 ? `${q.slice(0, 79)}…` : q);
  const unanswered = groups.map((group) => {
    const lesson = taught.get(group.normalized);
    const guess = group.bestGuess;
    const fix = lesson
      ? `taught: answered with ${lesson.sectionId} since ${lesson.at.slice(0, 10)} (fold it in with: certpath content learn --write)`
      : guess && exists(guess.guideId, guess.sectionId)
        ? `add this phrasing to ${guess.sectionId}'s questions: certpath teach ${quoted(group.question)} ${guess.sectionId}`
        : `not in the guide: add a section (or a notCovered topic), or teach it: certpath teach ${quoted(group.question)} <section-id>`;
    return { ...group, fix };
  });
  const wanted = (guideId: string, sectionId: string) =>
    suggestions
      .filter((s) => s.guideId === guideId && s.question !== '')
      .filter((s) => s.sectionId !== sectionId)
      .map((s) => s.sectionId);
  const feedback = totals
    .map((total) => {
      const others = [...new Set(wanted(total.guideId, total.sectionId))];
      const fix =
        total.unhelpful === 0
          ? 'nothing to do'
          : others.length > 0
            ? `review ${total.sectionId}; people who rated it 👎 were looking for: ${others.join(', ')}`
            : `review ${total.sectionId}: ${total.unhelpful} of ${total.helpful + total.unhelpful} found it unhelpful`;
      return {
        guide: total.guideId,
        section: total.sectionId,
        helpful: total.helpful,
        unhelpful: total.unhelpful,
        fix,
      };
    })
    .sort((a, b) => share(b) - share(a) || b.unhelpful - a.unhelpful);
  return {
    since,
    store: store.kind,
    unanswered,
    feedback,
    suggestions: suggestions.map((s) => ({
      guide: s.guideId,
      section: s.sectionId,
      question: s.question,
      count: s.count,
    })),
  };
}

const share = (row: { helpful: number; unhelpful: number }) =>
  row.unhelpful / Math.max(1, row.helpful + row.unhelpful);
