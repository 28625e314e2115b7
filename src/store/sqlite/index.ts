// The embedded store: one SQLite file (WAL), records as JSON plus index tables, FTS5 for text.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, sql, type Transaction } from 'kysely';
import type { ArticleRecord } from '../../record/types.js';
import { textHash } from '../../record/id.js';
import { entityKey } from '../../record/entity-key.js';
import type { Failure, PutResult, SearchPage, SearchQuery, Store } from '../store.js';
import type { DateRange, EventClusterQuery, EventQuery, QuoteQuery, TimelineQuery } from '../store.js';
import { entityProfile, findEventMentions, findQuotes, places, recordJson, timeline } from './corpus.js';
import { ReadCache } from './read-cache.js';
import type { Database } from './schema.js';
import { MIGRATIONS } from './migrations.js';
import { searchRecords, filteredSeqs } from './search.js';
import { SearchPool } from './search-pool.js';
import { indexRecordText, unindexRecordText } from './fts.js';
import { SqliteIngestState } from './ingest-state.js';
import { clusterRecordEvents, detachRecordEvents, findEventClusters } from './events.js';
import { BUSY_TIMEOUT_MS, ImmediateSqliteDialect, isBusy as isBusyError, retryBusy } from './write-lock.js';

export interface SqliteStoreOptions {
  /**
   * Run searches in this many worker threads, each with a read-only connection and a time limit
   * (./search-pool.ts), so a costly search never holds up the caller's other work. A server
   * wants this; a one-shot command does not need the threads' start-up.
   */
  searchThreads?: number;
  /** Time limit of one search in the threads, in ms (default SEARCH_TIME_LIMIT_MS). */
  searchTimeLimitMs?: number;
}

export async function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): Promise<SqliteStore> {
  const sqlite = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  // Unordered: a migration numbered below one already applied (0002 added after 0003 shipped)
  // still runs on existing databases instead of failing as "corrupted".
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, allowUnorderedMigrations: true });
  const { error } = await retryBusy(() => migrator.migrateToLatest().then((r) => { if (r.error && isBusyError(r.error)) throw r.error; return r; }));
  if (error) throw new Error(`cannot prepare database ${path}: ${(error as Error).message}`);
  // An in-memory database is private to its connection: no other thread can read it.
  const pool = opts.searchThreads && path !== ':memory:' ? new SearchPool(path, { threads: opts.searchThreads, limitMs: opts.searchTimeLimitMs }) : undefined;
  await pool?.ready;
  return new SqliteStore(db, sqlite, pool);
}

export class SqliteStore implements Store {
  readonly ingestState: SqliteIngestState;

  constructor(readonly db: Kysely<Database>, private readonly sqlite: BetterSqlite3.Database, private readonly searchPool?: SearchPool) {
    this.ingestState = new SqliteIngestState(sqlite);
  }

  async put(record: ArticleRecord): Promise<PutResult> {
    const json = JSON.stringify(record);
    const hash = textHash(record.text);
    const sourceKey = record.source.uri ?? record.source.path ?? record.id;
    // Several processes may write this file: the transaction takes the write lock first (./write-lock.ts).
    return retryBusy(() => this.db.transaction().execute(async (trx) => {
      const same = await trx.selectFrom('records').innerJoin('record_json', 'record_json.seq', 'records.seq').select(['records.seq', 'record_json.json']).where('records.id', '=', record.id).executeTakeFirst();
      if (same) {
        if (same.json === json) return { id: record.id, status: 'unchanged' as const };
        await this.remove(trx, same.seq);
        await this.insert(trx, record, json, hash, sourceKey);
        return { id: record.id, status: 'updated' as const };
      }
      // The same text from another source is an exact duplicate: stored once.
      const twin = await trx.selectFrom('records').select('id').where('text_hash', '=', hash).where('source_key', '!=', sourceKey).executeTakeFirst();
      if (twin) return { id: twin.id, status: 'duplicate' as const, duplicateOf: twin.id };
      // The same source with new text: the page changed, so its record is replaced.
      const previous = await trx.selectFrom('records').select('seq').where('source_key', '=', sourceKey).execute();
      for (const p of previous) await this.remove(trx, p.seq);
      await this.insert(trx, record, json, hash, sourceKey);
      return { id: record.id, status: previous.length > 0 ? ('updated' as const) : ('new' as const) };
    }));
  }

  private async insert(trx: Transaction<Database>, r: ArticleRecord, json: string, hash: string, sourceKey: string): Promise<void> {
    const { seq } = await trx.insertInto('records').values({
      id: r.id,
      text_hash: hash,
      source_key: sourceKey,
      uri: r.source.uri ?? null,
      path: r.source.path ?? null,
      format: r.source.format,
      title: r.title,
      authors: JSON.stringify(r.authors),
      published: r.published,
      language: r.language,
      duplicate_of: r.duplicateOf ?? null,
      stored_at: new Date().toISOString(),
    }).returning('seq').executeTakeFirstOrThrow();
    await trx.insertInto('record_json').values({ seq, json }).execute();
    await indexRecordText(trx, seq, { title: r.title ?? '', text: r.text, authors: r.authors.join(', ') });
    const byLocal = new Map(r.entities.map((e) => [e.id, e]));
    if (r.entities.length > 0) {
      await trx.insertInto('entities').values(r.entities.map((e) => ({
        record_seq: seq,
        local_id: e.id,
        key: entityKey(e),
        type: e.type,
        name: e.name,
        mentions: e.mentions.length,
        lat: e.geo?.lat ?? null,
        lon: e.geo?.lon ?? null,
        country: e.geo?.country ?? null,
      }))).execute();
    }
    if (r.quotes.length > 0) {
      await trx.insertInto('quotes').values(r.quotes.map((q) => {
        const speaker = q.speaker.entity ? byLocal.get(q.speaker.entity) : undefined;
        return {
          record_seq: seq,
          local_id: q.id,
          kind: q.kind,
          speaker_key: speaker ? entityKey(speaker) : null,
          speaker: speaker?.name ?? q.speaker.text,
          content: q.content.text,
          start: q.content.span[0],
          end: q.content.span[1],
          pieces: JSON.stringify(q.content.spans.map((p) => p.span)),
        };
      })).execute();
    }
    if (r.events.length > 0) {
      await trx.insertInto('events').values(r.events.map((ev) => {
        const place = ev.place ? byLocal.get(ev.place) : undefined;
        return {
          record_seq: seq,
          local_id: ev.id,
          type: ev.type,
          modality: ev.modality,
          place_key: place ? entityKey(place) : null,
          lat: place?.geo?.lat ?? null,
          lon: place?.geo?.lon ?? null,
          country: place?.geo?.country ?? null,
          time: ev.time,
          date: eventDate(ev.time, r.published),
          start: ev.sentence.span[0],
          end: ev.sentence.span[1],
        };
      })).execute();
    }
    await clusterRecordEvents(trx, seq, r);
  }

  private async remove(trx: Transaction<Database>, seq: number): Promise<void> {
    await unindexRecordText(trx, seq);
    await trx.deleteFrom('entities').where('record_seq', '=', seq).execute();
    await trx.deleteFrom('quotes').where('record_seq', '=', seq).execute();
    await detachRecordEvents(trx, seq);
    await trx.deleteFrom('events').where('record_seq', '=', seq).execute();
    await trx.deleteFrom('record_json').where('seq', '=', seq).execute();
    await trx.deleteFrom('records').where('seq', '=', seq).execute();
  }

  async get(id: string): Promise<ArticleRecord | null> {
    const row = await this.db.selectFrom('records').innerJoin('record_json', 'record_json.seq', 'records.seq').select('record_json.json').where('records.id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.json) as ArticleRecord) : null;
  }

  async resolveId(prefix: string): Promise<string | null> {
    if (!/^[0-9a-f]{4,}$/i.test(prefix)) return null;
    const rows = await this.db.selectFrom('records').select('id').where('id', '>=', prefix.toLowerCase()).where('id', '<', prefix.toLowerCase() + 'g').limit(2).execute();
    return rows.length === 1 ? rows[0].id : null;
  }

  search(query: SearchQuery): Promise<SearchPage> {
    return this.reads.get('search', query, () => this.searchPool?.search(query) ?? searchRecords(this.db, query));
  }

  // Corpus views (./corpus.ts), cached until the next write (./read-cache.ts).
  private cache?: ReadCache;
  private get reads() { return (this.cache ??= new ReadCache(this.sqlite)); }
  entity(key: string) { return this.reads.get('entity', key, () => entityProfile(this.db, key)); }
  quotes(query: QuoteQuery) { return this.reads.get('quotes', query, () => findQuotes(this.db, query)); }
  eventMentions(query: EventQuery) { return this.reads.get('events', query, () => findEventMentions(this.db, query)); }
  timeline(query: TimelineQuery) { return this.reads.get('timeline', query, () => timeline(this.db, query)); }
  places(query: DateRange & { limit?: number }) { return this.reads.get('places', query, () => places(this.db, query)); }
  /** Events clustered across records (./events.ts). */
  events(query: EventClusterQuery) { return findEventClusters(this.db, query); }
  async recordJson(id: string) { return recordJson(this.sqlite, id); }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async *records(query: SearchQuery = {}): AsyncIterable<ArticleRecord> {
    const seqs = await filteredSeqs(this.db, query);
    for (const seq of seqs) {
      const row = await this.db.selectFrom('record_json').select('json').where('seq', '=', seq).executeTakeFirst();
      if (row) yield JSON.parse(row.json) as ArticleRecord;
    }
  }

  async recordFailure(input: string, reason: string): Promise<void> {
    await retryBusy(() => this.db.insertInto('failures').values({ input, reason, at: new Date().toISOString(), attempts: 1 })
      .onConflict((oc) => oc.column('input').doUpdateSet((eb) => ({ reason, at: new Date().toISOString(), attempts: eb('failures.attempts', '+', 1) })))
      .execute());
  }

  async clearFailure(input: string): Promise<void> {
    await retryBusy(() => this.db.deleteFrom('failures').where('input', '=', input).execute());
  }

  async failures(): Promise<Failure[]> {
    return this.db.selectFrom('failures').selectAll().orderBy('at').execute();
  }

  async close(): Promise<void> {
    await this.searchPool?.close();
    await this.db.destroy();
  }

  /** The underlying connection, for store-internal modules that need raw statements. */
  get raw(): BetterSqlite3.Database {
    return this.sqlite;
  }
}

/** The day an event is placed on for the timeline: its own full date if it has one, else the article's. */
function eventDate(time: string | null, published: string | null): string | null {
  if (time && /^\d{4}-\d{2}-\d{2}/.test(time)) return time.slice(0, 10);
  return published?.slice(0, 10) ?? null;
}
