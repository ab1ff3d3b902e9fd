export { createMemoryStore } from './memory-store.js';
export { migrateToLatest } from './migrate.js';
export { MIGRATIONS } from './migrations/index.js';
export { openStore, type StoreOptions } from './open-store.js';
export type * from './store.js';
export { StoreStartError } from './store-error.js';
