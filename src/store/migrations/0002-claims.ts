import type { Kysely } from 'kysely';

/**
 * Delivery and thread claims (issue 15), so several instances sharing one database answer each Slack
 * delivery once and never post a section twice in a thread. Created on SQLite too (migrations are
 * the same on both), though only PostgreSQL instances use them.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration runs against the schema as it was then, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('delivery_claims')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('delivery_claims_expires_at')
    .on('delivery_claims')
    .column('expires_at')
    .execute();
  await db.schema
    .createTable('thread_claims')
    .addColumn('thread', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('thread_claims_pk', ['thread', 'section'])
    .execute();
  await db.schema.createIndex('thread_claims_expires_at').on('thread_claims').column('expires_at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['thread_claims', 'delivery_claims'])
    await db.schema.dropTable(table).ifExists().execute();
}
