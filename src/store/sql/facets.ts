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
  /**
   * The sample's own records (seq, published) as the years facet reads them, in place of `records`
   * tested with the sample's condition. PostgreSQL reads them by seq from an index that holds the
   * date (records_seq_published, ../postgres/migrations.ts 0018): given the sample as a condition
   * on the records table, its planner counted the table's rows as ordered by seq, so 500 scattered
   * rows as a few pages, and read them from the table, a page per record (312 pages for a common
   * word's sample at 100,000 records; 38 of the index).
   */
  sampleRecords?: RawBuilder<unknown>;
  /**
   * The sample's events (type, modality, cluster) as the event facets read them, in place of the
   * events table tested with the sample's condition (PostgreSQL reads them by ranges of seqs:
   * ../postgres/facet-ranges.ts).
   */
  sampleEvents?: RawBuilder<unknown>;
  /**
   * The entity and event facets counted in code from one text per pass (countedEntityFacets,
   * countedEventFacets) instead of grouped in SQL, for a store that gives the dialect's pieces.
   * Same answers; on SQLite the grouping sorted every sampled row (a temporary b-tree per GROUP BY
   * and per count(DISTINCT)), which cost more than reading them. (PostgreSQL's hashed grouping
   * costs no more than this: 16.2 against 16.6 ms CPU per search at 100,000 records, so it groups.)
   */
  countInCode?: CountInCode;
}

/** A dialect's pieces for counting facets in code (FacetAccess.countInCode). */
export interface CountInCode {
  /** The text values of expr over the rows, joined with sep (SQLite's group_concat); null for no rows. */
  joined(expr: RawBuilder<unknown>, sep: string): RawBuilder<unknown>;
  /** A condition on a row: the integer column among codes, tested on each row the sample gives (not a lookup per code). */
  among(column: RawBuilder<unknown>, codes: number[]): RawBuilder<unknown>;
  /** An integer column as text, '' for null. */
  text(column: RawBuilder<unknown>): RawBuilder<unknown>;
}

/** Separators of the joined texts: between fields of a row, and between rows (no value holds them: integers and the event vocabulary). */
const FIELD = '\u001f';
const ROW = '\u001e';

/**
 * The entity facets from record_facets, counted in code: the sample's rows as one text of numbers
 * (code * 4 + facet; a code's facet is the same in all its rows), counted per code; then the least
 * name of the codes that can be listed, those whose count reaches each facet's tenth (ties at the
 * tenth are ordered by name). The same facets as recordFacetRows grouped in SQL.
 */
async function countedEntityFacets(
  db: Kysely<Database>,
  inSample: (seq: RawBuilder<unknown>) => RawBuilder<unknown>,
  c: CountInCode,
): Promise<Record<'people' | 'organisations' | 'places', Facet[]>> {
  const joined = (
    await sql<{ codes: string | null }>`SELECT ${c.joined(sql`code * 4 + facet`, ',')} AS codes
      FROM record_facets WHERE ${inSample(sql`record_seq`)}`.execute(db)
  ).rows[0]?.codes;
  const counts = new Map<number, number>();
  if (joined) for (const x of joined.split(',')) counts.set(Number(x), (counts.get(Number(x)) ?? 0) + 1);
  const perFacet: [number, number][][] = [[], [], []];
  for (const [x, n] of counts) perFacet[x % 4]?.push([Math.floor(x / 4), n]);
  const listed = perFacet.map((codes) => {
    codes.sort((a, b) => b[1] - a[1]);
    const tenth = codes[Math.min(FACET_SIZE, codes.length) - 1]?.[1] ?? Infinity;
    return codes.filter(([, n]) => n >= tenth);
  });
  const wanted = listed.flat().map(([code]) => code);
  const names = new Map(
    wanted.length === 0
      ? []
      : (
          await sql<{ code: number; name: string }>`SELECT code, min(name) AS name FROM record_facets
            WHERE ${inSample(sql`record_seq`)} AND ${c.among(sql`code`, wanted)} GROUP BY code`.execute(db)
        ).rows.map((r) => [Number(r.code), r.name]),
  );
  const facet = (i: number) =>
    listed[i]
      .map(([code, count]) => ({ value: names.get(code)!, count }))
      .sort(byCount)
      .slice(0, FACET_SIZE);
  return { people: facet(0), organisations: facet(1), places: facet(2) };
}

/**
 * The event facets counted in code: the sample's (type, modality, cluster) rows as one text, and
 * per type and per modality its distinct clusters (0 when its mentions have none), as the grouped
 * query in searchFacets counts them.
 */
async function countedEventFacets(
  db: Kysely<Database>,
  inSample: (seq: RawBuilder<unknown>) => RawBuilder<unknown>,
  c: CountInCode,
): Promise<{ type: Facet[]; modality: Facet[] }> {
  const joined = (
    await sql<{
      rows: string | null;
    }>`SELECT ${c.joined(sql`type || ${FIELD} || modality || ${FIELD} || ${c.text(sql`cluster`)}`, ROW)} AS rows
      FROM events WHERE ${inSample(sql`record_seq`)}`.execute(db)
  ).rows[0]?.rows;
  const types = new Map<string, Set<string>>();
  const modalities = new Map<string, Set<string>>();
  const add = (to: Map<string, Set<string>>, value: string, cluster: string) => {
    let clusters = to.get(value);
    if (!clusters) to.set(value, (clusters = new Set()));
    if (cluster !== '') clusters.add(cluster);
  };
  if (joined !== null && joined !== undefined)
    for (const row of joined.split(ROW)) {
      const [type, modality, cluster] = row.split(FIELD);
      add(types, type, cluster);
      add(modalities, modality, cluster);
    }
  const counted = (m: Map<string, Set<string>>) =>
    [...m].map(([value, clusters]) => ({ value, count: clusters.size })).sort(byCount);
  return { type: counted(types), modality: counted(modalities) };
}

/** The entity facets' rows from the entities table: per facet and key, its least name and its number of records. */
export function entityFacetRows(inSample: (seq: RawBuilder<unknown>) => RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`SELECT CASE WHEN type = 'PERSON' THEN 'people' WHEN type = 'ORG' THEN 'organisations' ELSE 'places' END AS facet,
             min(name) AS value, count(DISTINCT record_seq) AS count
      FROM entities WHERE type IN ('PERSON', 'ORG', 'GPE', 'LOC', 'FAC') AND ${inSample(sql`record_seq`)}
      GROUP BY 1, key`;
}

/**
 * The entity facets' rows from record_facets (or from `sampleRows`, the sample's rows of it with
 * its columns, where a store reads them its own way), the table both stores keep for them (one row per
 * record and facet key: ../sqlite/entity-facets.ts, ../postgres/entity-facets.ts): per facet key,
 * its least name and its number of records in the sample. A record holds a key once there, so
 * rows are counted; a key's facet is the same in all its rows.
 */
export function recordFacetRows(
  inSample: (seq: RawBuilder<unknown>) => RawBuilder<unknown>,
  sampleRows?: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql`SELECT CASE min(facet) WHEN 0 THEN 'people' WHEN 1 THEN 'organisations' ELSE 'places' END AS facet,
      min(name) AS value, count(*) AS count
    FROM ${sampleRows ? sql`${sampleRows} AS f` : sql`record_facets WHERE ${inSample(sql`record_seq`)}`} GROUP BY code`;
}

/** The facets of a search: people, organisations, places, event types and modalities, years. */
export async function searchFacets(
  db: Kysely<Database>,
  inSample: (seq: RawBuilder<unknown>) => RawBuilder<unknown>,
  access: FacetAccess = {},
): Promise<Record<string, Facet[]>> {
  const { entityRows = entityFacetRows, records = sql`records`, sampleRecords, sampleEvents, countInCode } = access;
  const yearRows = sql`SELECT substr(published, 1, 4) AS value, count(*) AS count
    FROM ${sampleRecords ? sql`${sampleRecords} AS s` : records}
    WHERE ${sampleRecords ? sql`` : sql`${inSample(sql`seq`)} AND `}published IS NOT NULL GROUP BY 1`;
  // Newest year first.
  const yearFacet = (rows: readonly { value: string; count: number | string }[]) =>
    rows
      .map((y) => ({ value: y.value, count: Number(y.count) }))
      .sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
  if (countInCode) {
    const entities = await countedEntityFacets(db, inSample, countInCode);
    const events = await countedEventFacets(db, inSample, countInCode);
    const years = (await sql<{ value: string; count: number | string }>`${yearRows}`.execute(db)).rows;
    return { ...entities, eventTypes: events.type, modalities: events.modality, years: yearFacet(years) };
  }
  // One statement for the three passes (entities, events, years): a first search's statements
  // each wait for a core on a busy machine (20-30 ms apiece at load 20 on two cores), and the three
  // were sent one after another. Event facets count events (clusters of reports across records),
  // not mentions: per type and per modality, its distinct clusters (0 when its mentions have
  // none), as its distinct (value, cluster) pairs with the null cluster not counted, each step
  // hashed: count(DISTINCT cluster) sorted the sample's event rows by their text twice (8,000 rows
  // for a protest search's sample on PostgreSQL, 40-50 ms at load 15 against 14-16). Counted in
  // SQL: the sample's distinct (type, modality, cluster) rows, ~1,500 at 100,000 records, cost more
  // to hand over than to group (2.7 against 2.1-2.3 ms CPU on SQLite, load 12-15).
  const rows = (
    await sql<{ part: string; facet: string; value: string; count: number | string }>`
      WITH e AS MATERIALIZED (SELECT DISTINCT type, modality, cluster FROM ${sampleEvents ? sql`${sampleEvents} AS v` : sql`events WHERE ${inSample(sql`record_seq`)}`})
      SELECT 'entity' AS part, x.facet, x.value, x.count FROM (${entityRows(inSample)}) x
      UNION ALL SELECT 'event', 'type', type, count(cluster) FROM (SELECT DISTINCT type, cluster FROM e) t GROUP BY type
      UNION ALL SELECT 'event', 'modality', modality, count(cluster) FROM (SELECT DISTINCT modality, cluster FROM e) m GROUP BY modality
      UNION ALL SELECT 'year', 'years', y.value, y.count FROM (${yearRows}) y`.execute(db)
  ).rows;
  const entities = rows.filter((r) => r.part === 'entity');
  const events = rows.filter((r) => r.part === 'event');
  const entityFacet = (facet: string) =>
    entities
      .filter((e) => e.facet === facet)
      .map((e) => ({ value: e.value, count: Number(e.count) }))
      .sort(byCount)
      .slice(0, FACET_SIZE);
  const clusterCounts = (facet: 'type' | 'modality') =>
    events
      .filter((e) => e.facet === facet)
      .map((e) => ({ value: e.value, count: Number(e.count) }))
      .sort(byCount);
  return {
    people: entityFacet('people'),
    organisations: entityFacet('organisations'),
    places: entityFacet('places'),
    eventTypes: clusterCounts('type'),
    modalities: clusterCounts('modality'),
    years: yearFacet(rows.filter((r) => r.part === 'year')),
  };
}
