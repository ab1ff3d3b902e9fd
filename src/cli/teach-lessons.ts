import { createPhrasebook, type Phrasebook } from '../core/learning/phrasebook.js';
import type { CliIo } from './io.js';
import { openCliStore, storeConfigured } from './report-store.js';

/**
 * The lessons `certpath ask` answers with, like the bot: read from the store when the environment
 * points at one (CERTPATH_STORE, CERTPATH_DATA_DIR or DATABASE_URL); none otherwise.
 */
export async function lessonsForAsk(io: CliIo): Promise<Phrasebook | undefined> {
  if (!storeConfigured()) return undefined;
  const store = await openCliStore(io, process.env);
  if (!store) return undefined;
  try {
    return createPhrasebook(await store.learnedPhrasings());
  } finally {
    await store.close();
  }
}
