import type { Kysely } from 'kysely';

/**
 * Drops the (normalized, created_at) index on unanswered questions. Every question the bot could not
 * answer is an insert, and this index put each row at a random place in a B-tree of text: on SQLite a
 * batch of 50 rows dirtied up to 50 index pages, each rewritten whole at the commit, so a row cost
 * about 23 µs of the bot's own thread instead of about 6 µs without it. What it sped up is the gaps
 * panel and `certpath report`, an admin's occasional read, which groups a time window's rows through
 * `unanswered_created_at` instead: on 200,000 rows, 17 → 35–48 ms.
 */
// biome-ignore lint/suspicious/noExplicitAny: a migration runs against the schema as it was then, not today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('unanswered_normalized').ifExists().execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('unanswered_normalized')
    .ifNotExists()
    .on('unanswered')
    .columns(['normalized', 'created_at'])
    .execute();
}
