// Opening the store a deployment uses: SQLite at a path is the embedded default, a postgres://
// URL selects PostgreSQL. Each loads only when chosen.
import type { Store } from './store.js';
import type { SqliteStoreOptions } from './sqlite/index.js';

export { SearchQueryError, SearchTimeoutError } from './query-text.js';
export type { Store, SearchQuery, SearchPage, SearchHit, PutResult, PutStatus, Failure, Facet } from './store.js';

/** The database file used when neither --db nor DATELINE_DB says otherwise. */
export const DEFAULT_DB = 'dateline.db';

export function databasePath(
  explicit?: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  return explicit ?? env.DATELINE_DB ?? DEFAULT_DB;
}

/** Options for the SQLite store (search worker threads); the PostgreSQL store takes searchBounds and migrationProgress, and opens as many search connections as threads. */
export type StoreOptions = SqliteStoreOptions;

/** Whether --db / DATELINE_DB names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string, opts: StoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(location))
    return (await import('./postgres/index.js')).openPostgresStore(location, {
      searchBounds: opts.searchBounds,
      // A server's search threads on SQLite: as many search connections, opened up front.
      searchConnections: opts.searchThreads,
      migrationProgress: opts.migrationProgress,
    });
  return (await import('./sqlite/index.js')).openSqliteStore(location, opts);
}

/** The store's location for messages: a PostgreSQL URL without its password. */
export function displayLocation(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, '$1:***@');
}
