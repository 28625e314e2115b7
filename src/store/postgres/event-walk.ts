// The newest records of an event filter (type, modality) with no other filter, from the events'
// own indexes (migration 0019: events_type_seq, events_modality_seq), newest first, as the entity
// walk lists a name's records (./entity-walk.ts). Before, the records table was walked down its
// primary key, each record's row read and its events looked up: `{"eventType":"PROTEST"}`, in
// 2.5% of the records, read 3,406 buffers at 100,000 records for its newest 1,001.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../sql/schema.js';
import type { SearchQuery } from '../store.js';
import { eventConditions, hasFilter } from '../sql/filters.js';
import { newestListed } from './entity-walk.js';

/** Whether the query's only filters are event filters (type, modality), and it has one. */
export function onlyEventFilters(q: SearchQuery): boolean {
  return eventConditions(q) !== null && !hasFilter({ ...q, eventType: undefined, modality: undefined });
}

/** The newest `want` first records (by seq, newest first) with an event the query's event filters keep (onlyEventFilters). */
export async function newestWithEvent(db: Kysely<Database>, q: SearchQuery, want: number): Promise<number[]> {
  const events = eventConditions(q)!;
  return newestListed(
    db,
    (upto, chunk) => [
      sql`SELECT e.record_seq AS seq FROM events e WHERE ${events} AND e.record_seq <= ${upto}
        ORDER BY e.record_seq DESC LIMIT ${chunk}`,
    ],
    null,
    want,
  );
}
