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

/**
 * The newest `want` records r (by seq, newest first) with the entity that also meet `cond` (the
 * other filters). Each index (the key in its two forms, the folded name) gives its newest `chunk`
 * rows at or below `upto`; the seqs above the highest last row of an index that filled its chunk
 * are all the name's records there, and are tested against `cond`. The chunk grows fourfold each
 * round, so a name in few records takes few rounds.
 */
export async function newestWithEntity(
  db: Kysely<Database>,
  entity: { keyOrName: string; types?: readonly string[] },
  cond: RawBuilder<unknown>,
  want: number,
): Promise<number[]> {
  const ofType = entity.types ? sql`type IN (${sql.join(entity.types)}) AND ` : sql``;
  const keys = [...new Set([entity.keyOrName, currentKey(entity.keyOrName)])];
  const found: number[] = [];
  let upto = 2 ** 31 - 1;
  for (let chunk = FIRST_CHUNK; found.length < want; chunk *= 4) {
    const branches = [
      ...keys.map(
        (k, i) => sql`(SELECT record_seq AS seq, ${i + 1}::int AS via FROM entities WHERE ${ofType}key = ${k}
        AND record_seq <= ${upto} ORDER BY record_seq DESC LIMIT ${chunk})`,
      ),
      sql`(SELECT record_seq AS seq, 0 AS via FROM entities WHERE ${ofType}name_fold = ${nameKey(entity.keyOrName)}
        AND record_seq <= ${upto} ORDER BY record_seq DESC LIMIT ${chunk})`,
    ];
    const rows = (await sql<{ seq: number; via: number }>`${sql.join(branches, sql` UNION ALL `)}`.execute(db)).rows;
    // Below the last row of an index that filled its chunk, that index may have more.
    let floor = 0;
    const counts = new Map<number, { n: number; last: number }>();
    for (const r of rows) counts.set(r.via, { n: (counts.get(r.via)?.n ?? 0) + 1, last: r.seq });
    for (const { n, last } of counts.values()) if (n >= chunk) floor = Math.max(floor, last);
    const sure = [...new Set(rows.map((r) => r.seq).filter((s) => s > floor))];
    if (sure.length > 0) {
      const met = await sql<{ seq: number }>`SELECT r.seq FROM records r WHERE r.seq = ANY(${sure}::int[]) AND ${cond}
        ORDER BY r.seq DESC LIMIT ${want - found.length}`.execute(db);
      for (const r of met.rows) found.push(r.seq);
    }
    if (floor === 0) break;
    upto = floor;
  }
  return found;
}
