// The search filters (all but the text) as SQL conditions on records r, for both stores' search and
// export: they read the shared index tables (./schema.ts) and differ only in how a case-blind
// substring match is written.
import { sql, type RawBuilder } from 'kysely';
import type { SearchQuery } from '../store.js';
import { currentKey, nameKey } from '../../record/entity-key.js';

/** The entity types a place filter matches. */
export const PLACE_TYPES = ['GPE', 'LOC', 'FAC'];

/** `LIKE` on SQLite, which ignores ASCII case; `ILIKE` on PostgreSQL, whose LIKE does not. */
export type CaseBlindLike = 'LIKE' | 'ILIKE';

export interface FilterOptions {
  /** The author filter in a form the store's indexes serve, found beforehand (postgres/filter-indexes.ts); the same records as the substring test. */
  authorCondition?: RawBuilder<unknown> | null;
  /** The source filter in a form the store's index serves, found beforehand (sqlite/source-index.ts); the same records as the substring test. */
  sourceCondition?: RawBuilder<unknown> | null;
  /**
   * Entity, place and event as a test of each record's own entities and events (indexes on
   * entities.record_seq, events.record_seq) rather than membership in the list of the name's or
   * the event's records: the same records, cheaper where the records tested are few beside that
   * list (postgres/entity-walk.ts, postgres/search.ts). PostgreSQL only (OFFSET 0 with no LIMIT).
   */
  perRecord?: boolean;
}

/** Whether record r has an entity of the key or name, of the given types (all when none). */
function hasEntity(keyOrName: string, types?: readonly string[]): RawBuilder<unknown> {
  const ofType = types ? sql`e.type IN (${sql.join(types)}) AND ` : sql``;
  // OFFSET 0 keeps it a test of each record: without it PostgreSQL hashes the name's records
  // first (a hashed subplan), which is the list this form is there to avoid.
  return sql`EXISTS (SELECT 1 FROM entities e WHERE e.record_seq = r.seq AND ${ofType}(e.key IN (${keyOrName}, ${currentKey(keyOrName)}) OR e.name_fold = ${nameKey(keyOrName)}) OFFSET 0)`;
}

/** The records of an entity key or name, of the given types (all when none). */
function entityRecords(keyOrName: string, types?: readonly string[]): RawBuilder<unknown> {
  const ofType = types ? sql`type IN (${sql.join(types)}) AND ` : sql``;
  // Two index lookups (by key, by folded name) rather than one OR, which neither index serves:
  // with the OR, PostgreSQL walked every entity row newest first to find a name's records.
  return sql`SELECT record_seq FROM entities WHERE ${ofType}key IN (${keyOrName}, ${currentKey(keyOrName)})
    UNION SELECT record_seq FROM entities WHERE ${ofType}name_fold = ${nameKey(keyOrName)}`;
}

/** Whether the query has a filter (all but the text): filterConditions then gives more than "first of its group". */
export function hasFilter(q: SearchQuery): boolean {
  return Boolean(q.since || q.until || q.author || q.source || q.entity || q.place || q.eventType || q.modality);
}

/** The event filters (type, modality) as one condition on events e, or null when the query has none. */
export function eventConditions(q: SearchQuery): RawBuilder<unknown> | null {
  const ev: RawBuilder<unknown>[] = [];
  if (q.eventType) ev.push(sql`e.type = ${q.eventType.toUpperCase()}`);
  if (q.modality) ev.push(sql`e.modality = ${q.modality}`);
  return ev.length > 0 ? sql.join(ev, sql` AND `) : null;
}

/** SQL conditions on records r for the query's filters (all but the text). */
export function filterConditions(q: SearchQuery, like: CaseBlindLike, opts: FilterOptions = {}): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [sql`r.duplicate_of IS NULL`];
  if (q.since) where.push(sql`r.published >= ${q.since}`);
  if (q.until) where.push(sql`substr(r.published, 1, ${q.until.length}) <= ${q.until}`);
  if (q.author) where.push(opts.authorCondition ?? sql`lower(r.authors) LIKE ${'%' + q.author.toLowerCase() + '%'}`);
  if (q.source)
    where.push(
      opts.sourceCondition ??
        sql`(r.uri ${sql.raw(like)} ${'%' + q.source + '%'} OR r.path ${sql.raw(like)} ${'%' + q.source + '%'})`,
    );
  const entity = (keyOrName: string, types?: readonly string[]) =>
    opts.perRecord ? hasEntity(keyOrName, types) : sql`r.seq IN (${entityRecords(keyOrName, types)})`;
  if (q.entity) where.push(entity(q.entity));
  if (q.place) where.push(entity(q.place, PLACE_TYPES));
  const ev = eventConditions(q);
  if (ev) {
    // Per record (an index on events.record_seq), not a list of every event of the type first: SQLite builds
    // that list whole (200 ms for a common type at 100,000 records), where the walk down the
    // newest records stops at the cap (../search-bounds.ts). PostgreSQL plans both forms alike,
    // and where the records tested may be many (a page by date) hashes the list: perRecord's
    // OFFSET 0 keeps it a test of each record (66,000 protest records hashed, 0.5 s at a million
    // records, for a page met within 800).
    const each = opts.perRecord ? sql` OFFSET 0` : sql``;
    where.push(sql`EXISTS (SELECT 1 FROM events e WHERE e.record_seq = r.seq AND ${ev}${each})`);
  }
  return where;
}
