import type { Kysely } from 'kysely';

/** Feedback, unanswered questions, learned phrasings and topic suggestions (issue 14). */
// biome-ignore lint/suspicious/noExplicitAny: a migration runs against the schema as it was then, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feedback')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('message_key', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('guide_id', 'text', (c) => c.notNull())
    .addColumn('section_id', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('helpful', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_pk', ['team_id', 'user_id', 'message_key'])
    .execute();
  await db.schema.createIndex('feedback_updated_at').on('feedback').column('updated_at').execute();

  await db.schema
    .createTable('unanswered')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('surface', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('normalized', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('best_guide_id', 'text')
    .addColumn('best_section_id', 'text')
    .addColumn('confidence', 'double precision')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('unanswered_created_at').on('unanswered').column('created_at').execute();
  await db.schema
    .createIndex('unanswered_normalized')
    .on('unanswered')
    .columns(['normalized', 'created_at'])
    .execute();

  await db.schema
    .createTable('learned_phrasings')
    .addColumn('normalized', 'text', (c) => c.primaryKey())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('guide_id', 'text', (c) => c.notNull())
    .addColumn('section_id', 'text', (c) => c.notNull())
    .addColumn('taught_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('topic_suggestions')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('message_key', 'text', (c) => c.notNull())
    .addColumn('question', 'text')
    .addColumn('guide_id', 'text', (c) => c.notNull())
    .addColumn('section_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('topic_suggestions_pk', ['team_id', 'user_id', 'message_key'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['topic_suggestions', 'learned_phrasings', 'unanswered', 'feedback']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
