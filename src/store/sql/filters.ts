// The search filters (all but the text) as SQL conditions on records r, for both stores' search and
// export: they read the shared index tables (./schema.ts) and differ only in how a case-blind
// substring match is written.
import { sql, type RawBuilder } from 'kysely';
import type { SearchQuery } from '../store.js';
import { currentKey, nameKey } from '../../record/entity-key.js';

/** `LIKE` on SQLite, which ignores ASCII case; `ILIKE` on PostgreSQL, whose LIKE does not. */
export type CaseBlindLike = 'LIKE' | 'ILIKE';

/** SQL conditions on records r for the query's filters (all but the text). */
export function filterConditions(q: SearchQuery, like: CaseBlindLike): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [sql`r.duplicate_of IS NULL`];
  if (q.since) where.push(sql`r.published >= ${q.since}`);
  if (q.until) where.push(sql`substr(r.published, 1, ${q.until.length}) <= ${q.until}`);
  if (q.author) where.push(sql`lower(r.authors) LIKE ${'%' + q.author.toLowerCase() + '%'}`);
  if (q.source)
    where.push(
      sql`(r.uri ${sql.raw(like)} ${'%' + q.source + '%'} OR r.path ${sql.raw(like)} ${'%' + q.source + '%'})`,
    );
  if (q.entity)
    where.push(
      sql`r.seq IN (SELECT record_seq FROM entities WHERE key IN (${q.entity}, ${currentKey(q.entity)}) OR name_fold = ${nameKey(q.entity)})`,
    );
  if (q.place)
    where.push(
      sql`r.seq IN (SELECT record_seq FROM entities WHERE type IN ('GPE','LOC','FAC') AND (key IN (${q.place}, ${currentKey(q.place)}) OR name_fold = ${nameKey(q.place)}))`,
    );
  if (q.eventType || q.modality) {
    const ev: RawBuilder<unknown>[] = [];
    if (q.eventType) ev.push(sql`e.type = ${q.eventType.toUpperCase()}`);
    if (q.modality) ev.push(sql`e.modality = ${q.modality}`);
    // Per record (index events_record), not a list of every event of the type first: SQLite builds
    // that list whole (200 ms for a common type at 100,000 records), where the walk down the
    // newest records stops at the cap (../search-bounds.ts). PostgreSQL plans both forms alike.
    where.push(sql`EXISTS (SELECT 1 FROM events e WHERE e.record_seq = r.seq AND ${sql.join(ev, sql` AND `)})`);
  }
  return where;
}
