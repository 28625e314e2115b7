// Search facets over a sample of matched records, for both stores: three passes (entities, events,
// years) instead of one per facet, since each facet read the same rows again. Each store says how
// its records are picked (`inSample`: a condition on a record seq, written in its dialect).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Facet } from '../store.js';
import type { Database } from './schema.js';

/** Values listed per entity facet. */
export const FACET_SIZE = 10;

/** Most records first, then by value in code-point order (as both stores' default collations compare). */
const byCount = (a: Facet, b: Facet) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** How a store's facet queries read its tables, where the default form would read them slowly. */
export interface FacetAccess {
  /**
   * The entity facets' rows (facet, value, count) for the sample, where a store keeps a table for
   * them (record_facets: recordFacetRows); by default from the entities table.
   */
  entityRows?: (inSample: (seq: RawBuilder<unknown>) => RawBuilder<unknown>) => RawBuilder<unknown>;
  /**
   * The records table as the years facet reads it. SQLite passes its index records_walk (seq,
   * group, date), whose pages the search's walk over the matches has just read: from the table,
   * 500 sampled records cost up to 500 pages, 10-13 ms CPU on a first search at 100,000 records.
   */
  records?: RawBuilder<unknown>;
}

/** The entity facets' rows from the entities table: per facet and key, its least name and its number of records. */
export function entityFacetRows(inSample: (seq: RawBuilder<unknown>) => RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`SELECT CASE WHEN type = 'PERSON' THEN 'people' WHEN type = 'ORG' THEN 'organisations' ELSE 'places' END AS facet,
             min(name) AS value, count(DISTINCT record_seq) AS count
      FROM entities WHERE type IN ('PERSON', 'ORG', 'GPE', 'LOC', 'FAC') AND ${inSample(sql`record_seq`)}
      GROUP BY 1, key`;
}

/**
 * The entity facets' rows from record_facets, the table both stores keep for them (one row per
 * record and facet key: ../sqlite/entity-facets.ts, ../postgres/entity-facets.ts): per facet key,
 * its least name and its number of records in the sample. A record holds a key once there, so
 * rows are counted; a key's facet is the same in all its rows.
 */
export function recordFacetRows(inSample: (seq: RawBuilder<unknown>) => RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`SELECT CASE min(facet) WHEN 0 THEN 'people' WHEN 1 THEN 'organisations' ELSE 'places' END AS facet,
      min(name) AS value, count(*) AS count
    FROM record_facets WHERE ${inSample(sql`record_seq`)} GROUP BY code`;
}

/** The facets of a search: people, organisations, places, event types and modalities, years. */
export async function searchFacets(
  db: Kysely<Database>,
  inSample: (seq: RawBuilder<unknown>) => RawBuilder<unknown>,
  access: FacetAccess = {},
): Promise<Record<string, Facet[]>> {
  const { entityRows = entityFacetRows, records = sql`records` } = access;
  const entities = (
    await sql<{ facet: string; value: string; count: number | string }>`${entityRows(inSample)}`.execute(db)
  ).rows;
  const entityFacet = (facet: string) =>
    entities
      .filter((e) => e.facet === facet)
      .map((e) => ({ value: e.value, count: Number(e.count) }))
      .sort(byCount)
      .slice(0, FACET_SIZE);
  // Event facets count events (clusters of reports across records), not mentions: per type and
  // per modality, its distinct clusters (0 when its mentions have none). Counted in SQL: the
  // sample's distinct (type, modality, cluster) rows, ~1,500 at 100,000 records, cost more to
  // hand over than to group (2.7 against 2.1-2.3 ms CPU on SQLite, load 12-15).
  const events = (
    await sql<{ facet: string; value: string; count: number | string }>`
      WITH e AS MATERIALIZED (SELECT type, modality, cluster FROM events WHERE ${inSample(sql`record_seq`)})
      SELECT 'type' AS facet, type AS value, count(DISTINCT cluster) AS count FROM e GROUP BY type
      UNION ALL SELECT 'modality' AS facet, modality AS value, count(DISTINCT cluster) AS count FROM e GROUP BY modality`.execute(
      db,
    )
  ).rows;
  const clusterCounts = (facet: 'type' | 'modality') =>
    events
      .filter((e) => e.facet === facet)
      .map((e) => ({ value: e.value, count: Number(e.count) }))
      .sort(byCount);
  const years = (
    await sql<{ value: string; count: number | string }>`
      SELECT substr(published, 1, 4) AS value, count(*) AS count FROM ${records}
      WHERE ${inSample(sql`seq`)} AND published IS NOT NULL GROUP BY 1 ORDER BY 1 DESC`.execute(db)
  ).rows.map((y) => ({ value: y.value, count: Number(y.count) }));
  return {
    people: entityFacet('people'),
    organisations: entityFacet('organisations'),
    places: entityFacet('places'),
    eventTypes: clusterCounts('type'),
    modalities: clusterCounts('modality'),
    years,
  };
}
