// Search facets over a sample of matched records, for both stores: three passes (entities, events,
// years) instead of one per facet, since each facet read the same rows again, sent as one statement. Each store says how
// its records are picked (`inSample`: a condition on a record seq, written in its dialect).
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Facet } from '../store.js';
import type { Database } from './schema.js';

/** Values listed per entity facet. */
export const FACET_SIZE = 10;

/** Most records first, then by value in code-point order (as both stores' default collations compare). */
const byCount = (a: Facet, b: Facet) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** The facets of a search: people, organisations, places, event types and modalities, years. */
export async function searchFacets(
  db: Kysely<Database>,
  inSample: (seq: RawBuilder<unknown>) => RawBuilder<unknown>,
): Promise<Record<string, Facet[]>> {
  // One statement for the three (entity facets, events, years): a round trip each was a wait for
  // a core on a busy machine. Each row says which part it belongs to; the others' columns are null
  // (typed where PostgreSQL would otherwise take a null for text).
  const rows = (
    await sql<{
      part: 'entity' | 'event' | 'year';
      facet: string | null;
      value: string | null;
      count: number | string | null;
      type: string | null;
      modality: string | null;
      cluster: number | null;
    }>`
      SELECT 'entity' AS part,
             CASE WHEN type = 'PERSON' THEN 'people' WHEN type = 'ORG' THEN 'organisations' ELSE 'places' END AS facet,
             min(name) AS value, count(DISTINCT record_seq) AS count,
             NULL AS type, NULL AS modality, NULL AS cluster
      FROM entities WHERE type IN ('PERSON', 'ORG', 'GPE', 'LOC', 'FAC') AND ${inSample(sql`record_seq`)}
      GROUP BY 2, key
      UNION ALL
      SELECT DISTINCT 'event', NULL, NULL, CAST(NULL AS INTEGER), type, modality, cluster FROM events WHERE ${inSample(sql`record_seq`)}
      UNION ALL
      SELECT 'year', NULL, substr(published, 1, 4), count(*), NULL, NULL, NULL FROM records
      WHERE ${inSample(sql`seq`)} AND published IS NOT NULL GROUP BY 3`.execute(db)
  ).rows;
  const entityFacet = (facet: string) =>
    rows
      .filter((e) => e.part === 'entity' && e.facet === facet)
      .map((e) => ({ value: e.value!, count: Number(e.count) }))
      .sort(byCount)
      .slice(0, FACET_SIZE);
  // Event facets count events (clusters of reports across records), not mentions.
  const events = rows.filter((e) => e.part === 'event');
  const clusterCounts = (key: 'type' | 'modality') => {
    const clusters = new Map<string, Set<number>>();
    for (const e of events) {
      const set = clusters.get(e[key]!) ?? new Set<number>();
      if (e.cluster !== null) set.add(e.cluster);
      clusters.set(e[key]!, set);
    }
    return [...clusters].map(([value, set]) => ({ value, count: set.size })).sort(byCount);
  };
  const years = rows
    .filter((y) => y.part === 'year')
    .map((y) => ({ value: y.value!, count: Number(y.count) }))
    .sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
  return {
    people: entityFacet('people'),
    organisations: entityFacet('organisations'),
    places: entityFacet('places'),
    eventTypes: clusterCounts('type'),
    modalities: clusterCounts('modality'),
    years,
  };
}
