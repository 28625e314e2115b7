// The entity facets of a search (../sql/facets.ts: people, organisations, places over a sample
// of up to 500 matched records) from a table made for them. From the entities' index the facet
// sorted every sampled entity row by its facet and text key and counted distinct records per key:
// at 100,000 records a sample's ~9,000 rows cost 7-8 ms CPU of a search's 20-30 (load 17), on a
// fresh connection or not. record_facets holds one row per record and facet key: the key as a
// number (facet_keys), its facet, and the record's least name for it. The facet then groups the
// sampled rows by that number and counts rows (4.1-4.5 ms), from half as many pages. The rows are
// kept by triggers on entities, whatever writes them.
import { sql, type Kysely } from 'kysely';
import { NO_PROGRESS, type MigrationProgress } from '../migration-progress.js';

/** The entity types the facets list, and each one's facet: 0 people, 1 organisations, 2 places. */
const TYPES = `('PERSON', 'ORG', 'GPE', 'LOC', 'FAC')`;
const FACET_TYPES = sql.raw(TYPES);
const facetOf = (type: string) => `CASE WHEN ${type} = 'PERSON' THEN 0 WHEN ${type} = 'ORG' THEN 1 ELSE 2 END`;
const facet = (type: string) => sql.raw(facetOf(type));

/** Records whose rows are made per step of the migration. */
const FILL_BATCH = 5_000;

/** Trigger statements: the row of record_facets for one record and key made again from its entities (none when none are left). */
const remake = (seq: string, type: string, key: string) =>
  sql.raw(`DELETE FROM record_facets WHERE ${type} IN ${TYPES} AND record_seq = ${seq}
        AND code = (SELECT id FROM facet_keys WHERE facet = ${facetOf(type)} AND key = ${key});
      INSERT INTO record_facets (record_seq, code, facet, name)
        SELECT e.record_seq, f.id, f.facet, min(e.name) FROM entities e
        JOIN facet_keys f ON f.facet = ${facetOf('e.type')} AND f.key = e.key
        WHERE ${type} IN ${TYPES} AND e.record_seq = ${seq} AND e.key = ${key} AND e.type IN ${TYPES}
          AND ${facetOf('e.type')} = ${facetOf(type)}
        GROUP BY e.record_seq, f.id;`);

/** Migration: the tables, their triggers, and the rows of the stored records. */
export async function createEntityFacets(db: Kysely<any>, progress: MigrationProgress = NO_PROGRESS): Promise<void> {
  await sql`CREATE TABLE facet_keys (id INTEGER PRIMARY KEY, facet INTEGER NOT NULL, key TEXT NOT NULL, UNIQUE (facet, key))`.execute(
    db,
  );
  await sql`CREATE TABLE record_facets (record_seq INTEGER NOT NULL, code INTEGER NOT NULL, facet INTEGER NOT NULL,
    name TEXT NOT NULL, PRIMARY KEY (record_seq, code)) WITHOUT ROWID`.execute(db);
  // An entity row added: its record's row for the key, with the least of its names.
  await sql`CREATE TRIGGER entities_facet_insert AFTER INSERT ON entities WHEN new.type IN ${FACET_TYPES} BEGIN
      INSERT OR IGNORE INTO facet_keys (facet, key) VALUES (${facet('new.type')}, new.key);
      INSERT INTO record_facets (record_seq, code, facet, name)
        SELECT new.record_seq, id, facet, new.name FROM facet_keys WHERE facet = ${facet('new.type')} AND key = new.key
        ON CONFLICT (record_seq, code) DO UPDATE SET name = min(name, excluded.name);
    END`.execute(db);
  // An entity row removed or changed: its record's row for the old key is made again from the
  // entities left (none when it was the last), and for the new key from the entities now.
  await sql`CREATE TRIGGER entities_facet_delete AFTER DELETE ON entities WHEN old.type IN ${FACET_TYPES} BEGIN
      ${remake('old.record_seq', 'old.type', 'old.key')}
    END`.execute(db);
  await sql`CREATE TRIGGER entities_facet_update AFTER UPDATE OF record_seq, type, key, name ON entities BEGIN
      ${remake('old.record_seq', 'old.type', 'old.key')}
      INSERT OR IGNORE INTO facet_keys (facet, key) SELECT ${facet('new.type')}, new.key WHERE new.type IN ${FACET_TYPES};
      ${remake('new.record_seq', 'new.type', 'new.key')}
    END`.execute(db);
  const maxSeq = Number(
    (await sql<{ max: number | null }>`SELECT max(seq) AS max FROM records`.execute(db)).rows[0]?.max ?? 0,
  );
  let done = 0;
  for (let from = 0; from < maxSeq; from += FILL_BATCH) {
    const inBatch = sql`record_seq > ${from} AND record_seq <= ${from + FILL_BATCH} AND type IN ${FACET_TYPES}`;
    await sql`INSERT OR IGNORE INTO facet_keys (facet, key) SELECT DISTINCT ${facet('type')}, key FROM entities WHERE ${inBatch}`.execute(
      db,
    );
    const added = await sql`INSERT INTO record_facets (record_seq, code, facet, name)
      SELECT e.record_seq, f.id, f.facet, min(e.name) FROM entities e JOIN facet_keys f ON f.facet = ${facet('e.type')} AND f.key = e.key
      WHERE ${inBatch} GROUP BY e.record_seq, f.id`.execute(db);
    done += Number(added.numAffectedRows ?? 0);
    progress.update(done, Math.min((from + FILL_BATCH) / maxSeq, 1));
  }
}
