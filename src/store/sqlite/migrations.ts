// Versioned migrations, applied in order by Kysely's Migrator. Never edit a released migration:
// add a new one.
import { sql, type Kysely } from 'kysely';
import type { MigrationProgress, StoreMigration } from '../migration-progress.js';
import { createIngestStateTables } from './ingest-state.js';
import { foldEntityKeys } from '../sql/fold-entity-keys.js';
import { createDuplicatesIndex } from '../sql/duplicates-index.js';
import { upgradeStoredRecords } from '../sql/upgrade-records.js';
import { createLinkTables } from '../sql/links.js';
import { foldSearchIndex } from './fts.js';
import { createSourceIndex } from './source-index.js';
import { createEntityFacets } from './entity-facets.js';

export const MIGRATIONS: Record<string, StoreMigration> = {
  '0001-records': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('records')
        .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
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
      // The full record as JSON, apart from `records` so that scans and filters over records read
      // small rows (a record's JSON is often tens of KB).
      await db.schema
        .createTable('record_json')
        .addColumn('seq', 'integer', (c) => c.primaryKey().references('records.seq').onDelete('cascade'))
        .addColumn('json', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('records_text_hash').on('records').column('text_hash').execute();
      await db.schema.createIndex('records_source_key').on('records').column('source_key').execute();
      await db.schema.createIndex('records_published').on('records').column('published').execute();
      // Full text over title, body and authors; rowid = records.seq.
      await sql`CREATE VIRTUAL TABLE records_fts USING fts5(title, text, authors, tokenize = 'unicode61 remove_diacritics 2')`.execute(
        db,
      );

      await db.schema
        .createTable('entities')
        .addColumn('record_seq', 'integer', (c) => c.notNull().references('records.seq').onDelete('cascade'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('mentions', 'integer', (c) => c.notNull())
        .addColumn('lat', 'real')
        .addColumn('lon', 'real')
        .addColumn('country', 'text')
        .execute();
      await db.schema.createIndex('entities_key').on('entities').columns(['key', 'record_seq']).execute();
      await db.schema.createIndex('entities_record').on('entities').column('record_seq').execute();

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
        .execute();
      await db.schema.createIndex('quotes_speaker').on('quotes').column('speaker_key').execute();
      await db.schema.createIndex('quotes_record').on('quotes').column('record_seq').execute();

      await db.schema
        .createTable('events')
        .addColumn('record_seq', 'integer', (c) => c.notNull().references('records.seq').onDelete('cascade'))
        .addColumn('local_id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('place_key', 'text')
        .addColumn('lat', 'real')
        .addColumn('lon', 'real')
        .addColumn('country', 'text')
        .addColumn('time', 'text')
        .addColumn('date', 'text')
        .addColumn('start', 'integer', (c) => c.notNull())
        .addColumn('end', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_type').on('events').columns(['type', 'modality']).execute();
      await db.schema.createIndex('events_record').on('events').column('record_seq').execute();

      await db.schema
        .createTable('failures')
        .addColumn('input', 'text', (c) => c.primaryKey())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .execute();
    },
  },
  '0002-event-clusters': {
    up: createEventClusterTables,
  },
  '0003-ingest-state': {
    up: createIngestStateTables,
  },
  // Record schema 2: a quote's content is a list of pieces. Stored records are rewritten, and the
  // quotes table keeps each quote's pieces (JSON [[start, end], ...]) beside its overall span.
  '0004-quote-pieces': {
    async up(db: Kysely<any>, progress?: MigrationProgress) {
      await db.schema.alterTable('quotes').addColumn('pieces', 'text').execute();
      await sql`UPDATE quotes SET pieces = json_array(json_array(start, "end"))`.execute(db);
      await upgradeStoredRecords(db, progress);
    },
  },
  // Search across spellings: the index is built from folded text ("Lodz" finds "Łódź"); see fts.ts.
  '0005-folded-search': {
    up: foldSearchIndex,
  },
  // Record schema 3: every time has its TimeML type. Stored records are rewritten.
  '0006-time-types': {
    up: upgradeStoredRecords,
  },
  // Record schema 4: the body's links. Stored records get an empty list (their pages are not kept).
  '0007-links': {
    up: upgradeStoredRecords,
  },
  // Citations between records: every body link and every address a record is known by (../sql/links.ts).
  '0008-citations': {
    up: createLinkTables,
  },
  // Entity keys with folded names ("Erdoğan" and "Erdogan" are one entity), and entities.name_fold.
  '0009-folded-entity-keys': {
    up: foldEntityKeys,
  },
  // Record schema 5: where each metadata field came from. Stored records get an empty provenance
  // (which source won was not kept, and their pages are not stored).
  '0010-provenance': {
    up: upgradeStoredRecords,
  },
  // Near-duplicates by their group's first record: search finds the few copies a word matches without a scan.
  '0011-duplicates-index': {
    up: createDuplicatesIndex,
  },
  // The entity and place filters (../sql/filters.ts) read a name's records from the index alone.
  '0012-entity-name-records': {
    up: async (db) => {
      await sql`CREATE INDEX entities_name_fold_seq ON entities (name_fold, record_seq, type, key)`.execute(db);
      await sql`DROP INDEX entities_name_fold`.execute(db);
    },
  },
  // Search facets (../sql/facets.ts) and the event filter read a record's entities and events from
  // the index alone, not row by row from the tables (as PostgreSQL's migration 0013). The indexes
  // they replace were their prefixes.
  '0013-facet-indexes': {
    up: async (db) => {
      await sql`CREATE INDEX entities_record_facets ON entities (record_seq, type, key, name)`.execute(db);
      await sql`CREATE INDEX events_record_facets ON events (record_seq, type, modality, cluster)`.execute(db);
      await sql`DROP INDEX entities_record`.execute(db);
      await sql`DROP INDEX events_record`.execute(db);
    },
  },
  // The records' columns a search walk tests (search.ts): the text's matches walked newest first
  // read each record's group and date from this index's dense pages instead of the table's rows
  // (12 to a page): 260 pages instead of 2,900 for a common word with a year's range at 100,000.
  '0014-records-walk': {
    up: async (db) => {
      await sql`CREATE INDEX records_walk ON records (seq, duplicate_of, published)`.execute(db);
    },
  },
  // The source filter from a trigram index of the records' addresses and paths (./source-index.ts),
  // not a substring test of every record walked (PostgreSQL's migration 0010 has pg_trgm's).
  '0015-source-index': {
    up: createSourceIndex,
  },
  // The entity facets from a table of one row per record and facet key, the key as a number
  // (./entity-facets.ts), not from sorting the sampled entity rows by their text keys.
  '0016-entity-facets': {
    up: createEntityFacets,
  },
  // Record schema 6: an event's sides may be words with no entity (actorWords, targetWords). Older
  // records were read without them and keep none; their version is brought up to date.
  '0017-event-side-words': {
    up: upgradeStoredRecords,
  },
};

/** Migration 0002: the clusters table, and each event row's cluster and participant keys. */
async function createEventClusterTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('event_clusters')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('place_key', 'text')
    .addColumn('country', 'text')
    .addColumn('first_date', 'text')
    .addColumn('last_date', 'text')
    /** JSON arrays of corpus entity keys, the union over the cluster's mentions. */
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
  await db.schema.alterTable('events').addColumn('cluster', 'integer').execute();
  await db.schema.alterTable('events').addColumn('actors', 'text').execute();
  await db.schema.alterTable('events').addColumn('targets', 'text').execute();
  await db.schema.createIndex('events_cluster').on('events').column('cluster').execute();
}
