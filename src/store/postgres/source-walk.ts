// The source filter alone, walked newest first (./search.ts, newestFiltered). Its index,
// records_seq_source (migrations 0022 and 0023), holds each first record's address and path so the
// walk tests them reading no record row; a btree entry holds at most about 2,700 bytes, so the
// index holds only the records whose address and path together fit in SOURCE_WALK_BYTES
// (uncompressed: an entry is compressed only past 2 KB, and the seq and the entry's header take a
// few bytes more). The others, rare, are listed from records_seq_long_source and tested on their
// rows, and the two lists merged.
import { sql, type RawBuilder } from 'kysely';

/** The bytes of address and path together that an entry of records_seq_source holds at most. */
export const SOURCE_WALK_BYTES = 2_000;

// The indexes' predicates, written as the walk writes its conditions (a partial index serves a
// query whose conditions imply its own, proved on the literal: no parameter).
const sourceBytes = `(octet_length(coalesce(uri, '')) + octet_length(coalesce(path, '')))`;
/** The records records_seq_source holds (with duplicate_of IS NULL). */
export const SOURCE_WALK_FITS = `${sourceBytes} <= ${SOURCE_WALK_BYTES}`;
/** The records records_seq_long_source holds (with duplicate_of IS NULL). */
export const SOURCE_WALK_LONG = `${sourceBytes} > ${SOURCE_WALK_BYTES}`;

/**
 * The newest `want` records r that `cond` (the filters' condition on records r, a source alone)
 * keeps: down records_seq_source, whose order is the seq as bigint, and from the few records too
 * long for it.
 */
export function newestBySource(cond: RawBuilder<unknown>, want: number): RawBuilder<{ seq: number }> {
  return sql<{ seq: number }>`SELECT w.seq FROM (
      (SELECT r.seq FROM records r WHERE ${cond} AND ${sql.raw(SOURCE_WALK_FITS)} ORDER BY r.seq::bigint DESC LIMIT ${want})
      UNION ALL
      (SELECT r.seq FROM records r WHERE ${cond} AND ${sql.raw(SOURCE_WALK_LONG)} ORDER BY r.seq DESC LIMIT ${want})
    ) w ORDER BY w.seq DESC LIMIT ${want}`;
}
