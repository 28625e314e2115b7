// Opening the store a deployment uses. SQLite at a path is the embedded default.
import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/index.js';

export type { Store, SearchQuery, SearchPage, SearchHit, PutResult, PutStatus, Failure, Facet } from './store.js';

/** The database file used when neither --db nor DATELINE_DB says otherwise. */
export const DEFAULT_DB = 'dateline.db';

export function databasePath(explicit?: string): string {
  return explicit ?? process.env.DATELINE_DB ?? DEFAULT_DB;
}

export async function openStore(path: string): Promise<Store> {
  return openSqliteStore(path);
}
