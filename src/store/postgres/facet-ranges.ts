// The rows of a dense facet sample (../sql/facets.ts: up to 500 records) read as one range of seqs.
// Given the sample as `record_seq = ANY($sample)`, PostgreSQL 15 descends an index from its root
// once per seq (a scalar-array index scan starts again for each element), in each of the three
// indexes the facets read (record_facets_pkey, events_record_facets, records_seq_published): some
// 4,500 buffers at 100,000 records. When the sample is dense (a common word's newest 500 matches,
// or the newest 500 records of a search with no words, lie within a few times 500 records), those
// descents land on the leaf pages the one before read: one descent and a walk along the range's leaf
// pages read them once (at 100,000 records: `q=officials` 4,512 -> 96 buffers, `{}` 4,511 -> 39).
// The records between the sampled ones are left out by the sample itself, hashed (a constant array
// of 9 or more elements in `= ANY` is hashed by PostgreSQL 14 and later) and not an index condition
// (`seq + 0`). The same rows as the sample's condition gives, so the same counts.
//
// A sparse sample keeps the lookups by seq: read as ranges, its rows between the sampled records
// cost more CPU than the descents they save (tried: ranges over samples of 5% density cut the
// buffers by two thirds and doubled the statement's time), and a list of ranges joined to the table
// was planned as a scan of the whole table (the planner guesses a fixed share per range).
import { sql, type RawBuilder } from 'kysely';

/** A sample is read as one range when its seqs lie within this many times its size. */
export const DENSE_SPAN = 4;

/** Whether the sample is read as one range: at least 9 seqs (hashed), within DENSE_SPAN times as many records. */
export function denseSample(sample: readonly number[]): boolean {
  if (sample.length < 9) return false;
  const span = Math.max(...sample) - Math.min(...sample) + 1;
  return span <= DENSE_SPAN * sample.length;
}

/**
 * The sample's rows of `table` (its `columns`; `seq` its seq column) as a FROM item: the rows of
 * the sample's range, kept by the sample's seqs. For a dense sample (denseSample).
 */
export function sampleRowsInRange(
  sample: readonly number[],
  table: 'record_facets' | 'events' | 'records',
  seq: 'record_seq' | 'seq',
  columns: readonly string[],
): RawBuilder<unknown> {
  const s = sql.ref(seq);
  return sql`(SELECT ${sql.join(columns.map((c) => sql.ref(c)))} FROM ${sql.table(table)}
    WHERE ${s} BETWEEN ${Math.min(...sample)} AND ${Math.max(...sample)} AND ${s} + 0 = ANY(${[...sample]}::int[]))`;
}
