// A small LRU cache for read queries (search pages, entity profiles, timelines...). Any write
// empties it: SQLite's data_version changes when another connection commits, and total_changes()
// when this one writes, so a cached answer is never older than the database.
import type BetterSqlite3 from 'better-sqlite3';

/** Answers kept; a search page with facets is a few KB, so this stays within a few MB. */
export const READ_CACHE_ENTRIES = 1_000;

export class ReadCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private version = '';
  private readonly versionQuery: BetterSqlite3.Statement<[], { v: string }>;

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly capacity = READ_CACHE_ENTRIES,
  ) {
    this.versionQuery = sqlite.prepare(
      `SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() AS v`,
    );
  }

  /** The cached answer for (kind, query), or load()'s. Callers must treat answers as read-only: they are shared. */
  get<T>(kind: string, query: unknown, load: () => Promise<T>): Promise<T> {
    const version = this.versionQuery.get()!.v;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const key = `${kind}\u0000${JSON.stringify(query)}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Re-insert so the Map's order is least recently used first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const answer = load();
    answer.catch(() => this.entries.delete(key));
    this.entries.set(key, answer);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return answer;
  }
}
