// The planner's estimates: how many rows a statement would give, from the tables' statistics
// (ANALYZE, which settle.ts and autovacuum run). One plan, no rows read: a search asks them to
// choose its way (./search.ts, ./author-records.ts).
import { sql, type Kysely, type RawBuilder } from 'kysely';

/** The planner's estimate of the rows a statement gives (EXPLAIN: planned, not run). */
export async function estimatedRows(db: Kysely<any>, statement: RawBuilder<unknown>): Promise<number> {
  return (
    await sql<{
      'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }];
    }>`EXPLAIN (FORMAT JSON) ${statement}`.execute(db)
  ).rows[0]['QUERY PLAN'][0].Plan['Plan Rows'];
}
