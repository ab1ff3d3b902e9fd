import { sql } from 'kysely';
import type { Db, UnansweredTable } from './schema.js';
import { storableText as text } from './storable-text.js';
import type {
  FeedbackTotal,
  LearnedPhrasing,
  Outcome,
  Store,
  StoreKind,
  SuggestionTotal,
  UnansweredGroup,
} from './store.js';
import { timeOrderedId } from './time-ordered-id.js';

/** The store over SQLite or PostgreSQL: the same Kysely queries for both. */
export function createSqlStore(db: Db, kind: Exclude<StoreKind, 'memory'>): Store {
  return {
    kind,
    async recordFeedback(vote) {
      return db.transaction().execute(async (trx) => {
        const key = { team_id: vote.teamId, user_id: vote.userId, message_key: vote.messageKey };
        const existing = await trx
          .selectFrom('feedback')
          .select('helpful')
          .where('team_id', '=', key.team_id)
          .where('user_id', '=', key.user_id)
          .where('message_key', '=', key.message_key)
          .executeTakeFirst();
        const helpful = vote.helpful ? 1 : 0;
        if (existing && Number(existing.helpful) === helpful) return 'unchanged';
        // ON CONFLICT covers another instance inserting the same vote between the select and here.
        await trx
          .insertInto('feedback')
          .values({
            ...key,
            question: text(vote.question),
            guide_id: vote.guideId,
            section_id: vote.sectionId,
            confidence: vote.confidence,
            helpful,
            created_at: vote.at,
            updated_at: vote.at,
          })
          .onConflict((conflict) =>
            conflict
              .columns(['team_id', 'user_id', 'message_key'])
              .doUpdateSet({ helpful, updated_at: vote.at }),
          )
          .execute();
        return existing ? 'changed' : 'created';
      });
    },
    async recordUnanswered(...questions) {
      if (questions.length === 0) return;
      await db
        .insertInto('unanswered')
        .values(
          questions.map((q) => ({
            id: timeOrderedId(),
            team_id: q.teamId,
            user_id: q.userId,
            surface: q.surface,
            question: text(q.question),
            normalized: text(q.normalized),
            outcome: q.outcome,
            best_guide_id: q.bestGuess?.guideId ?? null,
            best_section_id: q.bestGuess?.sectionId ?? null,
            confidence: q.bestGuess?.confidence ?? null,
            created_at: q.at,
          })),
        )
        .execute();
    },
    async teach(p) {
      const row = {
        normalized: text(p.normalized),
        question: text(p.question),
        guide_id: p.guideId,
        section_id: p.sectionId,
        taught_by: p.taughtBy,
        created_at: p.at,
      };
      await db
        .insertInto('learned_phrasings')
        .values(row)
        .onConflict((conflict) => conflict.column('normalized').doUpdateSet(row))
        .execute();
    },
    async learnedPhrasings() {
      const rows = await db.selectFrom('learned_phrasings').selectAll().orderBy('created_at').execute();
      return rows.map(
        (row): LearnedPhrasing => ({
          question: row.question,
          normalized: row.normalized,
          guideId: row.guide_id,
          sectionId: row.section_id,
          taughtBy: row.taught_by,
          at: row.created_at,
        }),
      );
    },
    async recordSuggestion(s) {
      const vote = await db
        .selectFrom('feedback')
        .select('question')
        .where('team_id', '=', s.teamId)
        .where('user_id', '=', s.userId)
        .where('message_key', '=', s.messageKey)
        .executeTakeFirst();
      const row = {
        team_id: s.teamId,
        user_id: s.userId,
        message_key: s.messageKey,
        question: s.question === undefined ? (vote?.question ?? null) : text(s.question),
        guide_id: s.guideId,
        section_id: s.sectionId,
        created_at: s.at,
      };
      await db
        .insertInto('topic_suggestions')
        .values(row)
        .onConflict((conflict) =>
          conflict.columns(['team_id', 'user_id', 'message_key']).doUpdateSet({
            guide_id: row.guide_id,
            section_id: row.section_id,
            created_at: row.created_at,
          }),
        )
        .execute();
    },
    async unansweredGroups({ since, limit }) {
      const groups = await db
        .selectFrom('unanswered')
        .select((eb) => ['normalized', eb.fn.countAll().as('count'), eb.fn.max('created_at').as('last_seen')])
        .where('created_at', '>=', since)
        .groupBy('normalized')
        .orderBy('count', 'desc')
        .orderBy('last_seen', 'desc')
        .limit(limit)
        .execute();
      if (groups.length === 0) return [];
      const latest = await db
        .selectFrom('unanswered')
        .selectAll()
        .where('created_at', '>=', since)
        .where(
          'normalized',
          'in',
          groups.map((group) => group.normalized),
        )
        .orderBy('created_at', 'desc')
        .execute();
      const newest = new Map<string, UnansweredTable>();
      for (const row of latest) if (!newest.has(row.normalized)) newest.set(row.normalized, row);
      return groups.map((group): UnansweredGroup => {
        const row = newest.get(group.normalized)!;
        return {
          normalized: group.normalized,
          question: row.question,
          count: Number(group.count),
          lastSeen: String(group.last_seen),
          outcome: row.outcome as Outcome,
          ...(row.best_guide_id && row.best_section_id
            ? {
                bestGuess: {
                  guideId: row.best_guide_id,
                  sectionId: row.best_section_id,
                  confidence: Number(row.confidence ?? 0),
                },
              }
            : {}),
        };
      });
    },
    async feedbackTotals({ since }) {
      const rows = await db
        .selectFrom('feedback')
        .select((eb) => [
          'guide_id',
          'section_id',
          eb.fn.sum<number>('helpful').as('helpful'),
          eb.fn.countAll().as('votes'),
        ])
        .where('updated_at', '>=', since)
        .groupBy(['guide_id', 'section_id'])
        .execute();
      return rows.map(
        (row): FeedbackTotal => ({
          guideId: row.guide_id,
          sectionId: row.section_id,
          helpful: Number(row.helpful),
          unhelpful: Number(row.votes) - Number(row.helpful),
        }),
      );
    },
    async suggestionTotals({ since }) {
      const rows = await db
        .selectFrom('topic_suggestions')
        .select((eb) => [
          'guide_id',
          'section_id',
          sql<string>`coalesce(question, '')`.as('question'),
          eb.fn.countAll().as('count'),
          eb.fn.max('created_at').as('last_seen'),
        ])
        .where('created_at', '>=', since)
        .groupBy(['guide_id', 'section_id', sql`coalesce(question, '')`])
        .orderBy('count', 'desc')
        .execute();
      return rows.map(
        (row): SuggestionTotal => ({
          guideId: row.guide_id,
          sectionId: row.section_id,
          question: row.question,
          count: Number(row.count),
          lastSeen: String(row.last_seen),
        }),
      );
    },
    async purge(before) {
      let deleted = 0;
      const feedback = await db.deleteFrom('feedback').where('updated_at', '<', before).executeTakeFirst();
      const asked = await db.deleteFrom('unanswered').where('created_at', '<', before).executeTakeFirst();
      const suggested = await db
        .deleteFrom('topic_suggestions')
        .where('created_at', '<', before)
        .executeTakeFirst();
      for (const result of [feedback, asked, suggested]) deleted += Number(result.numDeletedRows);
      return deleted;
    },
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}
