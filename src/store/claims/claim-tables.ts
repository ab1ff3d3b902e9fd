import type { Kysely } from 'kysely';
import type { Db } from '../schema.js';

/** The claim tables (migration 0002-claims). Expiries are ISO-8601 UTC text, ordered as text. */
export type ClaimTables = {
  delivery_claims: { key: string; expires_at: string };
  thread_claims: { thread: string; section: string; expires_at: string };
};

/** A handle that knows only the claim tables, so the claim queries cannot touch anything else. */
export type ClaimDb = Kysely<ClaimTables>;

/** The store's database handle, seen through the claim tables only (same pool, same connections). */
export function claimTablesOf(db: Db): ClaimDb {
  // Kysely's table map is a phantom type: narrowing it changes nothing at run time.
  return db.withTables<ClaimTables>() as unknown as ClaimDb;
}
