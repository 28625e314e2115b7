// A small LRU cache for read queries (search pages, entity profiles, timelines...). Any write
// empties it: each store reads a version of its data that every committed write changes (SQLite:
// data_version and total_changes(); PostgreSQL: the store_version row that puts bump), so a cached
// answer is never older than the database. An answer is kept under the version last read before its
// load began, so it is at least as new as the version it is kept under.
//
// Reading the version is a round trip on PostgreSQL, made by every request for a kept answer: 50
// connections asking at once made 50 round trips and queued for the pool's few connections. So
// callers share reads of the version, though never one begun before they asked (it could predate
// a write they made or saw): callers that arrive while a read is under way wait for the one read
// that starts when it ends.

/** Answers kept; a search page with facets is a few KB, so this stays within a few MB. */
export const READ_CACHE_ENTRIES = 1_000;

export class ReadCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  /** The version last read ('' before the first read: no store's version is empty). */
  private version = '';
  /** The version read under way, and the one the callers that came during it wait for. */
  private reading: Promise<string> | null = null;
  private nextRead: Promise<string> | null = null;

  constructor(
    private readonly dataVersion: () => string | Promise<string>,
    private readonly capacity = READ_CACHE_ENTRIES,
  ) {}

  /**
   * The cached answer for (kind, query), or load()'s. Callers must treat answers as read-only: they
   * are shared. An answer `keep` refuses (one too large to hold, say) is given but not kept.
   *
   * Only a kept answer needs the version read: a query with none kept is loaded at once, since a
   * load begun after the caller asked is as new as the database then. (The version read is a
   * round trip on PostgreSQL: many clients asking for one new article at once each waited for it
   * and then for the load.) Its answer is kept under the version last read, which was read before
   * the load began, so a later caller that reads that version again may be given it.
   */
  async get<T>(kind: string, query: unknown, load: () => Promise<T>, keep?: (answer: T) => boolean): Promise<T> {
    const key = `${kind}\u0000${JSON.stringify(query)}`;
    // (Until a version has been read there is none to keep an answer under: the first caller reads it.)
    if (this.entries.has(key) || this.version === '') {
      const version = await this.readVersion();
      if (version !== this.version) {
        this.entries.clear();
        this.version = version;
      }
      const hit = this.entries.get(key);
      if (hit) {
        // Re-insert so the Map's order is least recently used first.
        this.entries.delete(key);
        this.entries.set(key, hit);
        return hit as Promise<T>;
      }
    }
    const answer = load();
    const forget = () => {
      if (this.entries.get(key) === answer) this.entries.delete(key);
    };
    answer.then((a) => {
      if (keep && !keep(a)) forget();
    }, forget);
    this.entries.set(key, answer);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return answer;
  }

  /** The data version, read after this call (see the header). */
  private readVersion(): Promise<string> {
    if (this.nextRead) return this.nextRead;
    if (!this.reading) return this.startRead();
    const startNext = () => {
      this.nextRead = null;
      return this.startRead();
    };
    this.nextRead = this.reading.then(startNext, startNext);
    return this.nextRead;
  }

  private startRead(): Promise<string> {
    const read = Promise.resolve().then(this.dataVersion);
    const done = () => {
      if (this.reading === read) this.reading = null;
    };
    read.then(done, done);
    this.reading = read;
    return read;
  }
}
