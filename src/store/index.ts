// Opening the store a deployment uses. SQLite at a path is the embedded default. The driver loads
// when a store is opened, so importing this module (for the types, the default path) costs nothing.
import type { Store } from './store.js';
import type { SqliteStoreOptions } from './sqlite/index.js';

export { SearchQueryError, SearchTimeoutError } from './query-text.js';
export type { Store, SearchQuery, SearchPage, SearchHit, PutResult, PutStatus, Failure, Facet } from './store.js';

/** The database file used when neither --db nor DATELINE_DB says otherwise. */
export const DEFAULT_DB = 'dateline.db';

export function databasePath(explicit?: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  return explicit ?? env.DATELINE_DB ?? DEFAULT_DB;
}

export type StoreOptions = SqliteStoreOptions;

export async function openStore(path: string, opts: StoreOptions = {}): Promise<Store> {
  const { openSqliteStore } = await import('./sqlite/index.js');
  return openSqliteStore(path, opts);
}
