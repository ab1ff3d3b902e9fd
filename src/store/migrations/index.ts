import type { Migration } from 'kysely';
import * as learning from './0001-learning.js';
import * as claims from './0002-claims.js';
import * as unansweredByTime from './0003-unanswered-by-time.js';

/**
 * Every migration, in order. Append new ones at the end with the next number (never rename or
 * reorder one that has shipped: the name is what the database remembers). Each must work on
 * SQLite and PostgreSQL alike; the store contract tests run them on both.
 */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001-learning', learning],
  ['0002-claims', claims],
  ['0003-unanswered-by-time', unansweredByTime],
];
