// The newest records of an entity or place filter without listing all of the name's records. A
// common place is named in 66,000 of a million records: gathering them all to keep the newest
// 1,001 cost 75 ms, and PostgreSQL would not merge the (key, record_seq) and (name_fold,
// record_seq) indexes newest first by itself (it sorted every row). Here each index is read
// newest first in chunks, which stops once enough records are found.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../sql/schema.js';
import type { SearchQuery } from '../store.js';
import { PLACE_TYPES } from '../sql/filters.js';
import { currentKey, nameKey } from '../../record/entity-key.js';

/** The filter walked: the entity's, or else the place's. */
export function walkedEntity(q: SearchQuery): { keyOrName: string; types?: readonly string[] } | null {
  if (q.entity) return { keyOrName: q.entity };
  if (q.place) return { keyOrName: q.place, types: PLACE_TYPES };
  return null;
}

/** The query without the walked filter (the walk applies it). */
export function withoutWalked(q: SearchQuery): SearchQuery {
  return q.entity ? { ...q, entity: undefined } : { ...q, place: undefined };
}

const FIRST_CHUNK = 2_000;

/** The seqs among `seqs` whose records r meet `cond`. */
const withCondition = (seqs: number[], cond: RawBuilder<unknown>) =>
  sql`SELECT r.seq FROM records r WHERE r.seq = ANY(${seqs}::int[]) AND ${cond}`;

/**
 * The seqs among `seqs` that are not copies, from the index of copies (records_copies) over their
 * span of seqs: no record row is read (from the rows, `{"entity":"Lagos"}` read ~2,000 of them at a
 * million records, 3,588 buffers at 100,000, only to learn that none was a copy).
 */
const notCopies = (seqs: number[]) =>
  sql`SELECT s.seq FROM unnest(${seqs}::int[]) s(seq) WHERE NOT EXISTS (SELECT 1 FROM records c
    WHERE c.duplicate_of IS NOT NULL AND c.seq = s.seq AND c.seq >= ${Math.min(...seqs)} AND c.seq <= ${Math.max(...seqs)})`;

/**
 * The newest `want` records r (by seq, newest first) with the entity that also meet `cond` (the
 * other filters; null when there are none, and only first records are wanted): newestListed over
 * each index of the name (the key in its two forms, the folded name).
 */
export async function newestWithEntity(
  db: Kysely<Database>,
  entity: { keyOrName: string; types?: readonly string[] },
  cond: RawBuilder<unknown> | null,
  want: number,
): Promise<number[]> {
  const ofType = entity.types ? sql`type IN (${sql.join(entity.types)}) AND ` : sql``;
  const keys = [...new Set([entity.keyOrName, currentKey(entity.keyOrName)])];
  return newestListed(
    db,
    (upto, chunk) => [
      ...keys.map(
        (k) => sql`SELECT record_seq AS seq FROM entities WHERE ${ofType}key = ${k}
        AND record_seq <= ${upto} ORDER BY record_seq DESC LIMIT ${chunk}`,
      ),
      sql`SELECT record_seq AS seq FROM entities WHERE ${ofType}name_fold = ${nameKey(entity.keyOrName)}
        AND record_seq <= ${upto} ORDER BY record_seq DESC LIMIT ${chunk}`,
    ],
    cond,
    want,
  );
}

/**
 * The newest `want` records r (by seq, newest first) that one of the lists names and that meet
 * `cond` (null: only first records are wanted, copies left out by their index). `lists(upto,
 * chunk)` gives statements that each read an index newest first: its newest `chunk` record seqs
 * at or below `upto` (a record may come more than once). The seqs above the highest last row of a
 * list that filled its chunk are all the lists' records there, and are tested against `cond`. The
 * chunk grows fourfold each round, so a filter of few records takes few rounds.
 */
export async function newestListed(
  db: Kysely<Database>,
  lists: (upto: number, chunk: number) => RawBuilder<unknown>[],
  cond: RawBuilder<unknown> | null,
  want: number,
): Promise<number[]> {
  const found: number[] = [];
  let upto = 2 ** 31 - 1;
  for (let chunk = FIRST_CHUNK; found.length < want; chunk *= 4) {
    const branches = lists(upto, chunk).map((list, via) => sql`(SELECT l.seq, ${via}::int AS via FROM (${list}) l)`);
    const rows = (await sql<{ seq: number; via: number }>`${sql.join(branches, sql` UNION ALL `)}`.execute(db)).rows;
    // Below the last row of a list that filled its chunk, that list may have more.
    let floor = 0;
    const counts = new Map<number, { n: number; last: number }>();
    for (const r of rows)
      counts.set(r.via, {
        n: (counts.get(r.via)?.n ?? 0) + 1,
        last: Math.min(r.seq, counts.get(r.via)?.last ?? r.seq),
      });
    for (const { n, last } of counts.values()) if (n >= chunk) floor = Math.max(floor, last);
    const sure = [...new Set(rows.map((r) => r.seq).filter((s) => s > floor))];
    if (sure.length > 0) {
      const met = await sql<{ seq: number }>`${cond ? withCondition(sure, cond) : notCopies(sure)}
        ORDER BY seq DESC LIMIT ${want - found.length}`.execute(db);
      for (const r of met.rows) found.push(r.seq);
    }
    if (floor === 0) break;
    upto = floor;
  }
  return found;
}
