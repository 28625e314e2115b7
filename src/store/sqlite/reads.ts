// The store's reads that can cost more than an index lookup on a large corpus: searches and the
// corpus views. One table for both places that run them: the store's own connection (a one-shot
// command) and the server's worker threads (./search-worker.ts), each with its connection.
import type { Kysely, RawBuilder } from 'kysely';
import type { DateRange, EventClusterQuery, EventQuery, QuoteQuery, SearchQuery, TimelineQuery } from '../store.js';
import type { Database } from '../sql/schema.js';
import { entityProfile, findEventMentions, findQuotes, places, timeline } from '../sql/corpus.js';
import { findEventClusters } from '../sql/events.js';
import { citedDomains, narrows } from '../sql/links.js';
import { sqliteDialect } from './dialect.js';
import { filteredSeqs, searchRecords } from './search.js';
import { SEARCH_BOUNDS, type SearchBounds } from '../search-bounds.js';

/** The reads over `db`; `guard` is one more condition on every search candidate (see searchRecords). */
export function sqliteReads(db: Kysely<Database>, guard?: RawBuilder<unknown>, bounds: SearchBounds = SEARCH_BOUNDS) {
  return {
    search: (q: SearchQuery) => searchRecords(db, q, guard, bounds),
    entity: (key: string) => entityProfile(db, key),
    quotes: (q: QuoteQuery) => findQuotes(db, q),
    eventMentions: (q: EventQuery) => findEventMentions(db, q),
    timeline: (q: TimelineQuery) => timeline(db, sqliteDialect, q),
    places: (q: DateRange & { limit?: number }) => places(db, q),
    events: (q: EventClusterQuery) => findEventClusters(db, sqliteDialect, q),
    citedDomains: async (q: SearchQuery & { limit?: number }) =>
      citedDomains(db, narrows(q) ? await filteredSeqs(db, q) : null, q.limit),
  };
}

type Reads = ReturnType<typeof sqliteReads>;
export type ReadKind = keyof Reads;
export type ReadQuery<K extends ReadKind> = Parameters<Reads[K]>[0];
export type ReadResult<K extends ReadKind> = Awaited<ReturnType<Reads[K]>>;

/** Runs one read of the table: `kind` with its own query type. */
export function runRead<K extends ReadKind>(reads: Reads, kind: K, query: ReadQuery<K>): Promise<ReadResult<K>> {
  return (reads[kind] as (q: ReadQuery<K>) => Promise<ReadResult<K>>)(query);
}
