// The PostgreSQL store's own migrations, applied in order by Kysely's Migrator (which holds an
// advisory lock, so workers starting together migrate once). Never edit a released migration:
// add a new one. Tables and columns are those of the SQLite store (../sql/schema.ts) so the
// shared SQL runs on both; full text lives in record_text (a tsvector with a GIN index).
import { sql, type Kysely } from 'kysely';
import type { StoreMigration } from '../migration-progress.js';
import { foldEntityKeys } from '../sql/fold-entity-keys.js';
import { upgradeStoredRecords } from '../sql/upgrade-records.js';
import { createLinkTables } from '../sql/links.js';
import { createDuplicatesIndex } from '../sql/duplicates-index.js';
import { createSearchWords } from './vocabulary.js';
import { createFilterIndexes } from './filter-indexes.js';
import { addDateLexemes } from './dated-text.js';
import { addEventLexemes } from './event-lexemes.js';
import { createAuthorRecords } from './author-records.js';
import { createEntityFacets } from './entity-facets.js';
import { SOURCE_WALK_FITS, SOURCE_WALK_LONG } from './source-walk.js';

/** The ingest bookkeeping's tables and the column each is keyed by (migration 0024). */
const INGEST_KEYS = [
  ['ingest_items', 'key'],
  ['http_validators', 'url'],
  ['failures', 'input'],
] as const;

export const PG_MIGRATIONS: Record<string, StoreMigration> = {
  '0001-records': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('records')
        .addColumn('seq', 'serial', (c) => c.primaryKey())
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('text_hash', 'text', (c) => c.notNull())
        .addColumn('source_key', 'text', (c) => c.notNull())
        .addColumn('uri', 'text')
        .addColumn('path', 'text')
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('authors', 'text', (c) => c.notNull())
        .addColumn('published', 'text')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('duplicate_of', 'text')
        .addColumn('stored_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('records_text_hash').on('records').column('text_hash').execute();
      await db.schema.createIndex('records_source_key').on('records').column('source_key').execute();
      await db.schema.createIndex('records_published').on('records').column('published').execute();
      // The record's JSON as text, byte for byte as written (jsonb would reorder keys).
      await db.schema
        .createTable('record_json')
        .addColumn('seq', 'integer', (c) => c.primaryKey().references('records.seq').onDelete('cascade'))
        .addColumn('json', 'text', (c) => c.notNull())
        .execute();
      // Full text: the body for snippets, and title (weight A), body (B) and authors (C) as a tsvector.
      await db.schema
        .createTable('record_text')
        .addColumn('seq', 'integer', (c) => c.primaryKey().references('records.seq').onDelete('cascade'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('fts', sql`tsvector`, (c) => c.notNull())
        .execute();
      await sql`CREATE INDEX record_text_fts ON record_text USING gin (fts)`.execute(db);

      await db.schema
        .createTable('entities')
        .addColumn('record_seq', 'integer', (c) => c.notNull().references('records.seq').onDelete('cascade'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('mentions', 'integer', (c) => c.notNull())
        .addColumn('lat', 'double precision')
        .addColumn('lon', 'double precision')
        .addColumn('country', 'text')
        .execute();
      await db.schema.createIndex('entities_key').on('entities').columns(['key', 'record_seq']).execute();
      await db.schema.createIndex('entities_record').on('entities').column('record_seq').execute();
      await sql`CREATE INDEX entities_lower_name ON entities (lower(name))`.execute(db);

      await db.schema
        .createTable('quotes')
        .addColumn('record_seq', 'integer', (c) => c.notNull().references('records.seq').onDelete('cascade'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('speaker_key', 'text')
        .addColumn('speaker', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        // The content's pieces as JSON [[start, end], ...] (record schema 2).
        .addColumn('pieces', 'text')
        .execute();
      await db.schema.createIndex('quotes_speaker').on('quotes').column('speaker_key').execute();
      await db.schema.createIndex('quotes_record').on('quotes').column('record_seq').execute();

      await db.schema
        .createTable('event_clusters')
        .addColumn('id', 'serial', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('place_key', 'text')
        .addColumn('country', 'text')
        .addColumn('first_date', 'text')
        .addColumn('last_date', 'text')
        // JSON arrays of corpus entity keys, as text (the shared SQL reads them as in SQLite).
        .addColumn('actors', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('targets', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('mentions', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('sources', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('event_clusters_match')
        .on('event_clusters')
        .columns(['type', 'modality', 'last_date'])
        .execute();

      await db.schema
        .createTable('events')
        .addColumn('record_seq', 'integer', (c) => c.notNull().references('records.seq').onDelete('cascade'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('place_key', 'text')
        .addColumn('lat', 'double precision')
        .addColumn('lon', 'double precision')
        .addColumn('country', 'text')
        .addColumn('time', 'text')
        .addColumn('date', 'text')
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .addColumn('cluster', 'integer')
        .addColumn('actors', 'text')
        .addColumn('targets', 'text')
        .execute();
      await db.schema.createIndex('events_type').on('events').columns(['type', 'modality']).execute();
      await db.schema.createIndex('events_record').on('events').column('record_seq').execute();
      await db.schema.createIndex('events_cluster').on('events').column('cluster').execute();

      await db.schema
        .createTable('failures')
        .addColumn('input', 'text', (c) => c.primaryKey())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('ingest_items')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('version', 'text')
        .addColumn('record_id', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('http_validators')
        .addColumn('url', 'text', (c) => c.primaryKey())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('fingerprints')
        .addColumn('record_id', 'text', (c) => c.primaryKey())
        // Insertion order: the oldest groups win when candidates are capped (SQLite's rowid).
        .addColumn('n', 'serial', (c) => c.notNull())
        .addColumn('source_key', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull())
        .addColumn('group_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('fingerprint_bands')
        .addColumn('band', 'text', (c) => c.notNull())
        .addColumn('record_id', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('fingerprint_bands_band').on('fingerprint_bands').column('band').execute();
    },
  },
  // Record schema 3: every time has its TimeML type. Stored records are rewritten.
  '0002-time-types': {
    up: upgradeStoredRecords,
  },
  // Record schema 4: the body's links. Stored records get an empty list (their pages are not kept).
  '0003-links': {
    up: upgradeStoredRecords,
  },
  // Citations between records: every body link and every address a record is known by (../sql/links.ts).
  '0004-citations': {
    up: createLinkTables,
  },
  // Entity keys with folded names ("Erdoğan" and "Erdogan" are one entity), and entities.name_fold.
  '0005-folded-entity-keys': {
    up: foldEntityKeys,
  },
  // Every word the full-text index holds, so a search can count what a prefix stands for (./vocabulary.ts).
  '0006-search-words': {
    up: createSearchWords,
  },
  // Record schema 5: where each metadata field came from. Stored records get an empty provenance
  // (which source won was not kept, and their pages are not stored).
  '0007-provenance': {
    up: upgradeStoredRecords,
  },
  // Near-duplicates by their group's first record: search finds the few copies a word matches without a scan.
  '0008-duplicates-index': {
    up: createDuplicatesIndex,
  },
  // Search without words lists the newest published first: an index in that order (NULLs last,
  // as the page sorts them) lets it walk the newest and stop at the page instead of sorting every
  // match. It serves date ranges as the one it replaces did. (SQLite's index on published holds the
  // rowid, i.e. seq, already, and sorts NULLs first, so its backward walk is this order.)
  '0009-newest-published-index': {
    up: async (db) => {
      await sql`CREATE INDEX records_newest_published ON records (published DESC NULLS LAST, seq DESC)`.execute(db);
      await sql`DROP INDEX records_published`.execute(db);
    },
  },
  // Search filters driven by an index instead of a walk over the records (./filter-indexes.ts).
  '0010-filter-indexes': {
    up: createFilterIndexes,
  },
  // A number every put changes, so a process can keep answers to reads until the data changes
  // (../read-cache.ts), whichever process wrote.
  '0011-store-version': {
    up: async (db) => {
      await sql`CREATE TABLE store_version (v bigint NOT NULL)`.execute(db);
      await sql`INSERT INTO store_version VALUES (0)`.execute(db);
    },
  },
  // A record's search vector (2-3 KB) kept in its row instead of out of line: a search tests
  // the newest records' vectors one by one (./search.ts, walkNewest) and ranks 1,000 of them, and
  // each out-of-line vector cost a look-up in the TOAST index and two more pages (5,000 tests:
  // 140-200 ms, inline 26-48 ms, at 100,000 records under load 18). The body stays out of line.
  // Records stored before keep their vectors where they are until stored again.
  '0012-inline-search-vectors': {
    up: async (db) => {
      await sql`ALTER TABLE record_text ALTER COLUMN fts SET STORAGE MAIN`.execute(db);
    },
  },
  // The facets of a search (../sql/facets.ts) read the entities and events of 500 records: with
  // the columns they read in the index, from the index alone, not from one heap page per row
  // (5,000 entity rows: 92 ms, 670 pages read; from the index 1.7 ms). They replace the plain
  // record_seq indexes, which they serve as well.
  '0013-facet-indexes': {
    up: async (db) => {
      await sql`CREATE INDEX entities_record_facets ON entities (record_seq) INCLUDE (type, key, name)`.execute(db);
      await sql`CREATE INDEX events_record_facets ON events (record_seq) INCLUDE (type, modality, cluster)`.execute(db);
      await sql`DROP INDEX entities_record`.execute(db);
      await sql`DROP INDEX events_record`.execute(db);
    },
  },
  // A text search with a date range asks the full-text index for the words and the months
  // together (./dated-text.ts): every stored vector gets its record's date lexeme.
  '0014-date-lexemes': {
    up: addDateLexemes,
  },
  // The first records of each author list in an index by list, so an author filter's records are
  // listed from the index alone (./author-records.ts).
  '0015-author-records': {
    up: createAuthorRecords,
  },
  // The entity facets of a search from a table of one row per record and facet key (./entity-facets.ts).
  '0016-entity-facets': {
    up: createEntityFacets,
  },
  // The copies (near-duplicates) by seq: a text search with no filter leaves a range's copies out
  // from this index instead of reading every record row of the range (./search.ts, walkNewest).
  '0017-copies-index': {
    up: async (db) => {
      await sql`CREATE INDEX records_copies ON records (seq) WHERE duplicate_of IS NOT NULL`.execute(db);
    },
  },
  // The years facet of a search counts the publication years of its sample (up to 500 records,
  // ../sql/facets.ts) by seq: from the records table that is a table page per record (the rows of
  // a common word's newest 500 matches lie on some 350 pages at a million records, read from
  // outside PostgreSQL's buffers on a first request), from this index a few dozen pages, the
  // index alone (an index-only scan: the dates are in it).
  '0018-years-index': {
    up: async (db) => {
      await sql`CREATE INDEX records_seq_published ON records (seq) INCLUDE (published)`.execute(db);
    },
  },
  // An event filter's records newest first, by type (with the modality, for both filters
  // together) or by modality: with event filters alone a search lists them from these indexes
  // (./event-walk.ts), and a text search's walk lists a range's records with such an event from
  // them (./search.ts, walkNewest), reading only the entries of the filter's events, not every
  // event of the range from events_record_facets.
  '0019-event-filter-indexes': {
    up: async (db) => {
      await sql`CREATE INDEX events_type_seq ON events (type, record_seq) INCLUDE (modality)`.execute(db);
      await sql`CREATE INDEX events_modality_seq ON events (modality, record_seq)`.execute(db);
    },
  },
  // A text search with one event filter (type or modality) asks the full-text index for the words
  // and the event together (./event-lexemes.ts): every stored vector gets its record's event lexemes.
  '0020-event-lexemes': {
    up: addEventLexemes,
  },
  // Record schema 6: an event's sides may be words with no entity (actorWords, targetWords). Older
  // records were read without them and keep none; their version is brought up to date.
  '0021-event-side-words': {
    up: upgradeStoredRecords,
  },
  // A source filter alone walks the records newest first testing the substring on each address
  // and path (./search.ts, newestFiltered): from this index, which holds them for the first
  // records of their groups (the filters' first condition), an index-only scan reads no record row
  // (a source in 3% of 100,000 made records: 34,413 rows passed, 2,468 pages of the primary key
  // and the table, 849 of this index). Keyed by the seq as bigint, an order only it serves: keyed
  // by the seq itself, the planner took the primary key, whose table pages lie in seq order.
  // (Like records_source_key, an entry must fit a btree page: an address and path of more than
  // about 2,700 bytes together, after compression, cannot be stored.)
  '0022-source-walk-index': {
    up: async (db) => {
      await sql`CREATE INDEX records_seq_source ON records ((seq::bigint)) INCLUDE (seq, uri, path) WHERE duplicate_of IS NULL`.execute(
        db,
      );
    },
  },
  // A record whose source is longer than a btree entry can hold (about 2,700 bytes after
  // compression) could not be stored: its insert failed on records_source_key, on
  // records_seq_source or record_urls_url for a long address, on links_url for a long link. The
  // source key and the addresses are now indexed by their hash (a hash index holds 4 bytes an
  // entry whatever the key: the store asks them for equality alone, ../sql/records.ts and
  // ../sql/links.ts), and the source walk's index holds the first records whose address and path
  // fit (SOURCE_WALK_FITS); the few others are listed from an index of their own (./source-walk.ts).
  '0023-long-sources': {
    up: async (db) => {
      for (const [index, table, column] of [
        ['records_source_key', 'records', 'source_key'],
        ['record_urls_url', 'record_urls', 'url'],
        ['links_url', 'links', 'url'],
      ]) {
        await sql`DROP INDEX ${sql.raw(index)}`.execute(db);
        await sql`CREATE INDEX ${sql.raw(index)} ON ${sql.raw(table)} USING hash (${sql.raw(column)})`.execute(db);
      }
      await sql`DROP INDEX records_seq_source`.execute(db);
      await sql`CREATE INDEX records_seq_source ON records ((seq::bigint)) INCLUDE (seq, uri, path) WHERE duplicate_of IS NULL AND ${sql.raw(SOURCE_WALK_FITS)}`.execute(
        db,
      );
      await sql`CREATE INDEX records_seq_long_source ON records (seq) WHERE duplicate_of IS NULL AND ${sql.raw(SOURCE_WALK_LONG)}`.execute(
        db,
      );
    },
  },
  // The ingest bookkeeping keyed by an input's key or address (./ingest-state.ts, failures in
  // ./index.ts): a primary key's btree entry holds about 2,700 bytes, and a longer key failed the
  // bookkeeping after its record was stored. A unique index on the key's md5 holds any key; lookups ask md5(key) and the key.
  '0024-long-ingest-keys': {
    up: async (db) => {
      for (const [table, column] of INGEST_KEYS) {
        await sql`ALTER TABLE ${sql.raw(table)} DROP CONSTRAINT ${sql.raw(`${table}_pkey`)}`.execute(db);
        await sql`CREATE UNIQUE INDEX ${sql.raw(`${table}_${column}_md5`)} ON ${sql.raw(table)} (md5(${sql.raw(column)}))`.execute(
          db,
        );
      }
    },
  },
};
