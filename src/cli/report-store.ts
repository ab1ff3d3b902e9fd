import { resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { ENV_SCHEMA } from '../config-schema.js';
import { openStore } from '../store/open-store.js';
import type { Store, StoreKind } from '../store/store.js';
import { StoreStartError } from '../store/store-error.js';
import type { CliIo } from './io.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The store the bot writes to, opened for a command (report, teach, content learn): PostgreSQL when
 * DATABASE_URL is set, else SQLite in CERTPATH_DATA_DIR (default ./data); CERTPATH_STORE overrides.
 * Reads .env like the bot. Undefined, after a line naming the variable, when it cannot be opened.
 */
export async function openCliStore(io: CliIo, env: Env = loadEnv(io)): Promise<Store | undefined> {
  const read = <K extends 'CERTPATH_STORE' | 'CERTPATH_DATA_DIR' | 'DATABASE_URL'>(name: K) => {
    const result = ENV_SCHEMA.shape[name].safeParse(env[name]);
    if (!result.success) throw new StoreStartError(name, result.error.issues[0]?.message ?? 'is malformed');
    return result.data;
  };
  try {
    const databaseUrl = read('DATABASE_URL');
    const kind = (read('CERTPATH_STORE') as StoreKind | undefined) ?? (databaseUrl ? 'postgres' : 'sqlite');
    const dataDir = resolve(io.cwd, read('CERTPATH_DATA_DIR') ?? 'data');
    return await openStore({ kind, dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
  } catch (error) {
    if (!(error instanceof StoreStartError)) throw error;
    io.err(`certpath: cannot open the store. ${error.message}`);
    return undefined;
  }
}

/** Whether the environment points the CLI at a store explicitly (so `ask` should use its lessons). */
export function storeConfigured(env: Env = process.env): boolean {
  return ['CERTPATH_STORE', 'CERTPATH_DATA_DIR', 'DATABASE_URL'].some(
    (name) => (env[name] ?? '').trim() !== '',
  );
}

function loadEnv(io: CliIo): Env {
  loadDotenv({ quiet: true, path: resolve(io.cwd, '.env') });
  return process.env;
}
