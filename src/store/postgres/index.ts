// The PostgreSQL store, for deployments beyond one machine: the same tables as the SQLite store
// (../sql/schema.ts), full text as a weighted tsvector under a GIN index, its own migrations. Any
// number of processes (ingest workers, servers) may use one database at once.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, sql, type Transaction } from 'kysely';
import type { ArticleRecord } from '../../record/types.js';
import { sourceKey as sourceOf, textHash } from '../../record/id.js';
import type {
  DateRange,
  EventClusterQuery,
  EventQuery,
  Failure,
  PutResult,
  QuoteQuery,
  SearchPage,
  SearchQuery,
  Store,
  TimelineQuery,
} from '../store.js';
import { entityProfile, findEventMentions, findQuotes, places, timeline } from '../sql/corpus.js';
import { findEventClusters } from '../sql/events.js';
import { citedDomains, externalLinks, narrows, recordCitations } from '../sql/links.js';
import { countRecords, putRecord, recordsBySeq, type TextIndex } from '../sql/records.js';
import type { Database } from '../sql/schema.js';
import { displayLocation } from '../index.js';
import { postgresDialect } from './dialect.js';
import { PG_MIGRATIONS } from './migrations.js';
import { withProgress, type MigrationProgressSink } from '../migration-progress.js';
import { PostgresIngestState } from './ingest-state.js';
import { filteredSeqs, recordVector, searchRecords } from './search.js';
import { SEARCH_BOUNDS, type SearchBounds } from '../search-bounds.js';
import { addSearchWords } from './vocabulary.js';
import { SEARCH_TIME_LIMIT_MS, SearchTimeoutError } from '../query-text.js';
import { ReadCache } from '../read-cache.js';
import { warmUpSearches, type WarmUpHints } from '../warm-up.js';
import { settle, WriteSettler, type Queryable } from './settle.js';

/** Connections per process: a worker writes one record at a time; a server answers a few requests at once. */
const POOL_SIZE = 6;
/**
 * Puts run side by side (workers, a server) and lock in two steps, inside their transaction:
 *   1. the record's identities (id, text hash, source): two puts of the same story, or of two
 *      copies of one text, take turns, so the second sees the first (unchanged, duplicate, updated);
 *   2. WRITE_LOCK, only for the writes all records share (the search vocabulary, the event
 *      clusters: which clusters match is read before writing them, so two reports of one event
 *      stored at once would otherwise start two clusters).
 * Everything the record owns alone is written before step 2, so the shared lock is held for a
 * few statements, not for the whole put: with it held across the put, the workers took turns.
 */
const WRITE_LOCK = 0x64_61_74_65; // 'date'
/** The first key of the identity locks (two-key form, a space apart from WRITE_LOCK's). */
const IDENTITY_LOCKS = 0x69_64_65_6e; // 'iden'

async function lockIdentities(trx: Transaction<Database>, record: ArticleRecord): Promise<void> {
  const keys = [`id:${record.id}`, `text:${textHash(record.text)}`, `source:${sourceOf(record.source) ?? record.id}`]
    .map((k) => createHash('sha256').update(k).digest().readInt32BE(0))
    // One order for every put, so two puts never wait for each other's second lock.
    .sort((a, b) => a - b);
  await sql`SELECT pg_advisory_xact_lock(${IDENTITY_LOCKS}, k) FROM unnest(${keys}::int4[]) WITH ORDINALITY AS t(k, n) ORDER BY n`.execute(
    trx,
  );
}

/**
 * The longest record JSON the read cache keeps (characters): records are ~10 KB, so the cache's
 * 1,000 answers stay within tens of MB however large a few records are.
 */
const CACHED_RECORD_CHARS = 64 * 1024;

/** PostgreSQL's error code for a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014';

export interface PostgresStoreOptions {
  /** Time one search may take, in ms (default SEARCH_TIME_LIMIT_MS). */
  searchLimitMs?: number;
  /** What a search counts, ranks and samples (default SEARCH_BOUNDS, ../search-bounds.ts). */
  searchBounds?: SearchBounds;
  /**
   * Search connections to open with the store (at most POOL_SIZE; default none): a server asks for
   * them, so its first searches do not each wait for a new connection (tens of ms, far more on a
   * busy machine). A command that may never search opens none.
   */
  searchConnections?: number;
  /** How long a search connection stays open idle, in ms (default SEARCH_IDLE_MS). */
  searchIdleMs?: number;
  /** Where migrations that go through many rows report how far they are (../migration-progress.ts). */
  migrationProgress?: MigrationProgressSink;
  /** Records written between two settles while the store goes on writing (default SETTLE_EVERY_WRITES, ./settle.ts). */
  settleEvery?: number;
}

/**
 * How long a search connection beyond the warmed ones (searchConnections) stays open idle: one
 * opened when more searches ran at once than were warmed. The warmed ones stay open as long as the
 * store (the pool's `min`): a new backend's first statement plans for 20-54 ms at a million records
 * (the tables' catalog entries not loaded yet), and with pg's default of 10 s idle a server quiet
 * for ten seconds threw its warm-up away and gave that cost to its next user. The others close
 * after a minute, so a burst's backends are not held from a PostgreSQL other clients share.
 */
const SEARCH_IDLE_MS = 60_000;

/** application_name of the search connections, so pg_stat_activity tells them apart. */
export const SEARCH_APPLICATION_NAME = 'dateline search';

/** A Kysely database on a pool of its own (settings for every connection in `config`). */
function pooledDatabase(url: string, config: pg.PoolConfig = {}): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, ...config });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export async function openPostgresStore(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const db = pooledDatabase(url);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => withProgress(PG_MIGRATIONS, opts.migrationProgress) },
    migrationTableName: 'dateline_migration',
    migrationLockTableName: 'dateline_migration_lock',
    // As in the SQLite store: a migration not yet run on this database runs even when later ones
    // have (the migration tests put one back to its state before it), instead of refusing to open.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error(`cannot prepare database ${displayLocation(url)}: ${(error as Error).message}`);
  }
  // A migration that filled a table from the stored rows (record_authors, record_facets) left it
  // unvacuumed and unanalysed, as puts do (./settle.ts); on a new database only the migrations' own rows.
  if (results?.some((r) => r.status === 'Success')) await settle(queryable(db));
  // Searches run on connections of their own, on which every statement stops after the search
  // time limit: no transaction to set it in (BEGIN, SET LOCAL, COMMIT were three round trips
  // per search, each a wait for a core on a busy machine). Opened when a search first needs one,
  // or here, as many as searchConnections: concurrent queries each take a connection of their own.
  const searchLimitMs = opts.searchLimitMs ?? SEARCH_TIME_LIMIT_MS;
  const opened = Math.min(opts.searchConnections ?? 0, POOL_SIZE);
  const searchDb = pooledDatabase(url, {
    statement_timeout: searchLimitMs,
    application_name: SEARCH_APPLICATION_NAME,
    idleTimeoutMillis: opts.searchIdleMs ?? SEARCH_IDLE_MS,
    min: opened,
  });
  await Promise.all(Array.from({ length: opened }, () => sql`SELECT 1`.execute(searchDb)));
  // Then warm-up searches on each of them at once (../warm-up.ts), each holding its connection: a
  // server's first searches cost this process and a new backend 2-5 times a later one's CPU.
  await Promise.all(
    Array.from({ length: opened }, () =>
      searchDb
        .connection()
        .execute((one) => warmUpConnection(one, opts.searchBounds))
        .catch(() => undefined),
    ),
  );
  return new PostgresStore(db, searchDb, searchLimitMs, opts.searchBounds, opts.settleEvery);
}

/** Statements from ./settle.ts on the store's pool (VACUUM runs outside a transaction there). */
function queryable(db: Kysely<Database>): Queryable {
  return { query: (text) => sql.raw(text).execute(db) };
}

/** The warm-up searches (../warm-up.ts) on one search connection, their answers dropped. */
async function warmUpConnection(db: Kysely<Database>, bounds: SearchBounds | undefined): Promise<void> {
  await warmUpSearches((q) => searchRecords(db, q, bounds), await newestHints(db));
}

/**
 * What the warm-up searches are made from (../warm-up.ts WarmUpHints): the newest record's title,
 * date and address, the newest event's type and modality, the newest entity's key (each from its
 * record_seq index, newest first). With the title alone, as before, a server's first search with a
 * date range, an event filter, a source or an entity was the first of its kind in this process and
 * its backends, and paid for it.
 */
export async function newestHints(db: Kysely<Database>): Promise<WarmUpHints | undefined> {
  return (
    await sql<WarmUpHints>`SELECT r.title, r.published, coalesce(r.uri, r.path) AS uri,
      e.type AS "eventType", e.modality, n.key AS "entityKey"
      FROM (SELECT title, published, uri, path FROM records ORDER BY seq DESC LIMIT 1) r
      LEFT JOIN (SELECT type, modality FROM events ORDER BY record_seq DESC LIMIT 1) e ON true
      LEFT JOIN (SELECT key FROM entities ORDER BY record_seq DESC LIMIT 1) n ON true`.execute(db)
  ).rows[0];
}

/** record_text rows: the body for snippets and the weighted tsvector with the date and event lexemes (./dated-text.ts, ./event-lexemes.ts); its words join search_words. */
const TSVECTOR_INDEX: TextIndex = {
  async add(trx, seq, r) {
    const body = r.text.replace(/\u0000/g, '');
    await sql`INSERT INTO record_text (seq, body, fts) VALUES (${seq}, ${body}, ${recordVector(r.title ?? '', body, r.authors.join(', '), r.published, r.events)})`.execute(
      trx,
    );
    await addSearchWords(trx, seq);
  },
  async remove(trx, seq) {
    await sql`DELETE FROM record_text WHERE seq = ${seq}`.execute(trx);
  },
};

export class PostgresStore implements Store {
  readonly ingestState: PostgresIngestState;

  constructor(
    readonly db: Kysely<Database>,
    /** Connections whose statements stop after searchLimitMs. */
    private readonly searchDb: Kysely<Database>,
    private readonly searchLimitMs = SEARCH_TIME_LIMIT_MS,
    private readonly searchBounds = SEARCH_BOUNDS,
    settleEvery?: number,
  ) {
    this.ingestState = new PostgresIngestState(db);
    this.settler = new WriteSettler(queryable(db), settleEvery);
  }

  /** Vacuums and analyses what this store's puts changed, every so many records and at close. */
  private readonly settler: WriteSettler;

  async put(record: ArticleRecord): Promise<PutResult> {
    const result = await this.putUnsettled(record);
    if (result.status === 'new' || result.status === 'updated') await this.settler.wrote();
    return result;
  }

  private putUnsettled(record: ArticleRecord): Promise<PutResult> {
    return this.db.transaction().execute(async (trx) => {
      await lockIdentities(trx, record);
      let locked = false;
      return putRecord(trx, record, TSVECTOR_INDEX, async () => {
        if (locked) return;
        await sql`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`.execute(trx);
        // Under the write lock, which puts hold in turn anyway: the row lock makes no one wait more.
        await sql`UPDATE store_version SET v = v + 1`.execute(trx);
        locked = true;
      });
    });
  }

  async get(id: string): Promise<ArticleRecord | null> {
    const json = await this.recordJson(id);
    return json === null ? null : (JSON.parse(json) as ArticleRecord);
  }

  /**
   * A record's JSON, kept with the other reads until the next write (../read-cache.ts): a server
   * sending article pages to many clients at once read each from PostgreSQL every time, a round
   * trip through the pool's few connections per request (p95 33.9 ms at 50 connections, against
   * 5.3 ms for the cached searches). A record over CACHED_RECORD_CHARS is read every time.
   */
  recordJson(id: string): Promise<string | null> {
    return this.reads.get(
      'record',
      id,
      () => this.recordJsonUncached(id),
      (json) => json === null || json.length <= CACHED_RECORD_CHARS,
    );
  }

  private async recordJsonUncached(id: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('records')
      .innerJoin('record_json', 'record_json.seq', 'records.seq')
      .select('record_json.json')
      .where('records.id', '=', id)
      .executeTakeFirst();
    return row?.json ?? null;
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

  search(query: SearchQuery): Promise<SearchPage> {
    return this.reads.get('search', query, () => this.searchUncached(query));
  }

  /**
   * One search whose statements stop after SEARCH_TIME_LIMIT_MS (the SQLite store's limit): a
   * query costing more is refused with SearchTimeoutError (503), and the server's other requests
   * go on.
   */
  private async searchUncached(query: SearchQuery): Promise<SearchPage> {
    try {
      return await searchRecords(this.searchDb, query, this.searchBounds);
    } catch (err) {
      if ((err as { code?: string }).code === QUERY_CANCELED)
        throw new SearchTimeoutError(`search took longer than ${this.searchLimitMs} ms: narrow the query`);
      throw err;
    }
  }

  // Reads are kept until any process's next put changes store_version (../read-cache.ts), as the
  // SQLite store keeps them: a server answering the same searches does not run them again.
  private readonly reads = new ReadCache(async () =>
    String((await sql<{ v: string }>`SELECT v FROM store_version`.execute(this.db)).rows[0].v),
  );

  entity(key: string) {
    return this.reads.get('entity', key, () => entityProfile(this.db, key));
  }
  quotes(query: QuoteQuery) {
    return this.reads.get('quotes', query, () => findQuotes(this.db, query));
  }
  eventMentions(query: EventQuery) {
    return this.reads.get('events', query, () => findEventMentions(this.db, query));
  }
  timeline(query: TimelineQuery) {
    return this.reads.get('timeline', query, () => timeline(this.db, postgresDialect, query));
  }
  places(query: DateRange & { limit?: number }) {
    return this.reads.get('places', query, () => places(this.db, query));
  }
  events(query: EventClusterQuery) {
    return findEventClusters(this.db, postgresDialect, query);
  }

  externalLinks(opts?: { from?: readonly string[]; domains?: readonly string[] }) {
    return externalLinks(this.db, opts);
  }
  citations(id: string) {
    return this.reads.get('citations', id, () => recordCitations(this.db, id));
  }
  async citedDomains(query: SearchQuery & { limit?: number }) {
    return citedDomains(this.db, narrows(query) ? await filteredSeqs(this.db, query) : null, query.limit);
  }

  count(): Promise<number> {
    return countRecords(this.db);
  }

  async *records(query: SearchQuery = {}): AsyncIterable<ArticleRecord> {
    yield* recordsBySeq(this.db, await filteredSeqs(this.db, query));
  }

  // Failures are unique by the input's md5 (migration 0024: an input of any length).
  async recordFailure(input: string, reason: string): Promise<void> {
    const at = new Date().toISOString();
    await sql`INSERT INTO failures (input, reason, at, attempts) VALUES (${input}, ${reason}, ${at}, 1)
      ON CONFLICT (md5(input)) DO UPDATE SET reason = excluded.reason, at = excluded.at, attempts = failures.attempts + 1`.execute(
      this.db,
    );
  }

  async clearFailure(input: string): Promise<void> {
    await sql`DELETE FROM failures WHERE md5(input) = md5(${input}) AND input = ${input}`.execute(this.db);
  }

  async failures(): Promise<Failure[]> {
    return this.db.selectFrom('failures').selectAll().orderBy('at').execute();
  }

  async close(): Promise<void> {
    await this.settler.finish();
    await this.searchDb.destroy();
    await this.db.destroy();
  }
}
