// The embedded store: one SQLite file (WAL), records as JSON plus index tables, FTS5 for text.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import type { ArticleRecord } from '../../record/types.js';
import type { Failure, PutResult, SearchPage, SearchQuery, Store } from '../store.js';
import type { DateRange, EventClusterQuery, EventQuery, QuoteQuery, TimelineQuery } from '../store.js';
import { countRecords, putRecord, recordsBySeq, type TextIndex } from '../sql/records.js';
import { externalLinks, recordCitations } from '../sql/links.js';
import type { Database } from '../sql/schema.js';
import { ReadCache } from '../read-cache.js';
import { MIGRATIONS } from './migrations.js';
import { withProgress, type MigrationProgressSink } from '../migration-progress.js';
import { filteredSeqs } from './search.js';
import { runRead, sqliteReads, type ReadKind, type ReadQuery, type ReadResult } from './reads.js';
import { SearchPool } from './search-pool.js';
import type { SearchBounds } from '../search-bounds.js';
import { indexRecordText, unindexRecordText } from './fts.js';
import { SqliteIngestState } from './ingest-state.js';
import { BUSY_TIMEOUT_MS, ImmediateSqliteDialect, isBusy as isBusyError, retryBusy } from './write-lock.js';

export interface SqliteStoreOptions {
  /**
   * Run searches and corpus views in this many worker threads, each with a read-only connection
   * and a time limit (./search-pool.ts), so a costly read never holds up the caller's other work.
   * A server wants this; a one-shot command does not need the threads' start-up.
   */
  searchThreads?: number;
  /** Time limit of one search in the threads, in ms (default SEARCH_TIME_LIMIT_MS). */
  searchTimeLimitMs?: number;
  /** Time limit of one corpus view in the threads, in ms (default VIEW_TIME_LIMIT_MS). */
  viewTimeLimitMs?: number;
  /** What a search counts, ranks and samples (default SEARCH_BOUNDS, ../search-bounds.ts). */
  searchBounds?: SearchBounds;
  /** Where migrations that go through many rows report how far they are (../migration-progress.ts). */
  migrationProgress?: MigrationProgressSink;
}

export async function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): Promise<SqliteStore> {
  const sqlite = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  // Unordered: a migration numbered below one already applied (0002 added after 0003 shipped)
  // still runs on existing databases instead of failing as "corrupted".
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => withProgress(MIGRATIONS, opts.migrationProgress) },
    allowUnorderedMigrations: true,
  });
  // Kysely runs SQLite migrations outside any transaction and without a lock, so two processes
  // opening a new file together would both create its tables. Our own write transaction around
  // the whole run serialises them: the second waits (busy_timeout), then finds nothing to do.
  // (A migration must therefore not open a transaction itself.)
  const { error } = await retryBusy(async () => {
    sqlite.exec('BEGIN IMMEDIATE');
    const result = await migrator.migrateToLatest();
    if (result.error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      if (isBusyError(result.error)) throw result.error;
    } else {
      sqlite.exec('COMMIT');
    }
    return result;
  });
  if (error) {
    sqlite.close();
    throw new Error(`cannot prepare database ${path}: ${(error as Error).message}`);
  }
  // An in-memory database is private to its connection: no other thread can read it.
  const pool =
    opts.searchThreads && path !== ':memory:'
      ? new SearchPool(path, {
          threads: opts.searchThreads,
          limitMs: opts.searchTimeLimitMs,
          viewLimitMs: opts.viewTimeLimitMs,
          searchBounds: opts.searchBounds,
        })
      : undefined;
  await pool?.ready;
  return new SqliteStore(db, sqlite, pool, opts.searchBounds);
}

/** FTS5 rows (rowid = records.seq) over folded title, body and authors (./fts.ts). */
const FTS5_INDEX: TextIndex = {
  add: (trx, seq, r) =>
    indexRecordText(trx, seq, { title: r.title ?? '', text: r.text, authors: r.authors.join(', ') }),
  remove: (trx, seq) => unindexRecordText(trx, seq),
};

export class SqliteStore implements Store {
  readonly ingestState: SqliteIngestState;
  /** The reads on this connection, for a store without threads. */
  private readonly direct: ReturnType<typeof sqliteReads>;

  constructor(
    readonly db: Kysely<Database>,
    private readonly sqlite: BetterSqlite3.Database,
    private readonly pool?: SearchPool,
    searchBounds?: SearchBounds,
  ) {
    this.ingestState = new SqliteIngestState(sqlite);
    this.direct = sqliteReads(db, undefined, searchBounds);
  }

  async put(record: ArticleRecord): Promise<PutResult> {
    // Several processes may write this file: the transaction takes the write lock first (./write-lock.ts).
    return retryBusy(() => this.db.transaction().execute((trx) => putRecord(trx, record, FTS5_INDEX)));
  }

  async get(id: string): Promise<ArticleRecord | null> {
    const row = await this.db
      .selectFrom('records')
      .innerJoin('record_json', 'record_json.seq', 'records.seq')
      .select('record_json.json')
      .where('records.id', '=', id)
      .executeTakeFirst();
    return row ? (JSON.parse(row.json) as ArticleRecord) : null;
  }

  async resolveId(prefix: string): Promise<string | null> {
    if (!/^[0-9a-f]{4,}$/i.test(prefix)) return null;
    const rows = await this.db
      .selectFrom('records')
      .select('id')
      .where('id', '>=', prefix.toLowerCase())
      .where('id', '<', prefix.toLowerCase() + 'g')
      .limit(2)
      .execute();
    return rows.length === 1 ? rows[0].id : null;
  }

  /** A search or corpus view (./reads.ts): in the server's threads when it has them, else on this connection. */
  private run<K extends ReadKind>(kind: K, query: ReadQuery<K>): Promise<ReadResult<K>> {
    return this.pool?.read(kind, query) ?? runRead(this.direct, kind, query);
  }

  search(query: SearchQuery): Promise<SearchPage> {
    return this.reads.get('search', query, () => this.run('search', query));
  }

  // Corpus views (../sql/corpus.ts), cached until the next write (../read-cache.ts): SQLite's
  // data_version changes when another connection commits, total_changes() when this one writes.
  private cache?: ReadCache;
  private get reads() {
    if (!this.cache) {
      const version = this.sqlite.prepare<[], { v: string }>(
        `SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() AS v`,
      );
      this.cache = new ReadCache(() => version.get()!.v);
    }
    return this.cache;
  }
  entity(key: string) {
    return this.reads.get('entity', key, () => this.run('entity', key));
  }
  quotes(query: QuoteQuery) {
    return this.reads.get('quotes', query, () => this.run('quotes', query));
  }
  eventMentions(query: EventQuery) {
    return this.reads.get('events', query, () => this.run('eventMentions', query));
  }
  timeline(query: TimelineQuery) {
    return this.reads.get('timeline', query, () => this.run('timeline', query));
  }
  places(query: DateRange & { limit?: number }) {
    return this.reads.get('places', query, () => this.run('places', query));
  }
  /** Events clustered across records (../sql/events.ts). */
  events(query: EventClusterQuery) {
    return this.run('events', query);
  }
  externalLinks(opts?: { from?: readonly string[]; domains?: readonly string[] }) {
    return externalLinks(this.db, opts);
  }
  citations(id: string) {
    return this.reads.get('citations', id, () => recordCitations(this.db, id));
  }
  citedDomains(query: SearchQuery & { limit?: number }) {
    return this.reads.get('citedDomains', query, () => this.run('citedDomains', query));
  }
  private jsonById?: BetterSqlite3.Statement<[string], { json: string }>;
  /** A record's stored JSON as is: the article endpoint sends it without parsing and re-serialising. */
  async recordJson(id: string): Promise<string | null> {
    this.jsonById ??= this.sqlite.prepare(
      'SELECT j.json FROM records r JOIN record_json j ON j.seq = r.seq WHERE r.id = ?',
    );
    return this.jsonById.get(id)?.json ?? null;
  }

  count(): Promise<number> {
    return countRecords(this.db);
  }

  async *records(query: SearchQuery = {}): AsyncIterable<ArticleRecord> {
    yield* recordsBySeq(this.db, await filteredSeqs(this.db, query));
  }

  async recordFailure(input: string, reason: string): Promise<void> {
    await retryBusy(() =>
      this.db
        .insertInto('failures')
        .values({ input, reason, at: new Date().toISOString(), attempts: 1 })
        .onConflict((oc) =>
          oc
            .column('input')
            .doUpdateSet((eb) => ({ reason, at: new Date().toISOString(), attempts: eb('failures.attempts', '+', 1) })),
        )
        .execute(),
    );
  }

  async clearFailure(input: string): Promise<void> {
    await retryBusy(() => this.db.deleteFrom('failures').where('input', '=', input).execute());
  }

  async failures(): Promise<Failure[]> {
    return this.db.selectFrom('failures').selectAll().orderBy('at').execute();
  }

  async close(): Promise<void> {
    await this.pool?.close();
    await this.db.destroy();
  }

  /** The underlying connection, for store-internal modules that need raw statements. */
  get raw(): BetterSqlite3.Database {
    return this.sqlite;
  }
}
