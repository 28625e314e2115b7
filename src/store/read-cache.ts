// A small LRU cache for read queries (search pages, entity profiles, timelines...). Any write
// empties it: each store reads a version of its data that every committed write changes (SQLite:
// data_version and total_changes(); PostgreSQL: the store_version row that puts bump), so a cached
// answer is never older than the database. The version is read before the answer is loaded, so an
// answer is at least as new as the version it is kept under.

/** Answers kept; a search page with facets is a few KB, so this stays within a few MB. */
export const READ_CACHE_ENTRIES = 1_000;

export class ReadCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private version = '';

  constructor(
    private readonly dataVersion: () => string | Promise<string>,
    private readonly capacity = READ_CACHE_ENTRIES,
  ) {}

  /** The cached answer for (kind, query), or load()'s. Callers must treat answers as read-only: they are shared. */
  async get<T>(kind: string, query: unknown, load: () => Promise<T>): Promise<T> {
    const version = await this.dataVersion();
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
