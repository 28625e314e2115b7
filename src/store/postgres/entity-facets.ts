// The entity facets of a search (../sql/facets.ts: people, organisations, places over a sample of
// up to 500 matched records) from a table made for them, as the SQLite store has one
// (../sqlite/entity-facets.ts). From the entities' index the facet sorted every sampled entity
// row by its facet and text key and counted distinct records per key. record_facets holds one row
// per record and facet key: the key as a number (facet_keys), its facet, and the record's least
// name for it, all in its primary key's index, so the facet reads the index alone and groups by a
// number without sorting. The rows are kept by triggers on entities, whatever writes them.
import { sql, type Kysely } from 'kysely';
import { NO_PROGRESS, type MigrationProgress } from '../migration-progress.js';

/** Records whose rows are made per step of the migration. */
const FILL_BATCH = 20_000;

/** Migration: the tables, their triggers, and the rows of the stored records. */
export async function createEntityFacets(db: Kysely<any>, progress: MigrationProgress = NO_PROGRESS): Promise<void> {
  // An entity type's facet: 0 people, 1 organisations, 2 places; null for types no facet lists.
  await sql`CREATE FUNCTION dateline_facet_of(type text) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
    SELECT (CASE WHEN type = 'PERSON' THEN 0 WHEN type = 'ORG' THEN 1 WHEN type IN ('GPE', 'LOC', 'FAC') THEN 2 END)::smallint $$`.execute(
    db,
  );
  await sql`CREATE TABLE facet_keys (id serial PRIMARY KEY, facet smallint NOT NULL, key text NOT NULL, UNIQUE (facet, key))`.execute(
    db,
  );
  await sql`CREATE TABLE record_facets (record_seq integer NOT NULL, code integer NOT NULL, facet smallint NOT NULL,
    name text NOT NULL, PRIMARY KEY (record_seq, code) INCLUDE (facet, name))`.execute(db);
  // The row of one record and key made again from its entities (none when none are left).
  await sql`CREATE FUNCTION remake_record_facet(p_seq integer, p_facet smallint, p_key text) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE c integer;
    BEGIN
      SELECT id INTO c FROM facet_keys WHERE facet = p_facet AND key = p_key;
      DELETE FROM record_facets WHERE record_seq = p_seq AND code = c;
      INSERT INTO record_facets SELECT p_seq, c, p_facet, min(e.name) FROM entities e
        WHERE e.record_seq = p_seq AND e.key = p_key AND dateline_facet_of(e.type) = p_facet HAVING count(*) > 0;
    END $$`.execute(db);
  // An entity row added: its record's row for the key, with the least of its names. Removed or
  // changed: its record's row for the old key made again from the entities left, and for the new
  // key as for a row added.
  await sql`CREATE FUNCTION note_record_facet() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') AND dateline_facet_of(OLD.type) IS NOT NULL THEN
        PERFORM remake_record_facet(OLD.record_seq, dateline_facet_of(OLD.type), OLD.key);
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') AND dateline_facet_of(NEW.type) IS NOT NULL THEN
        INSERT INTO facet_keys (facet, key) VALUES (dateline_facet_of(NEW.type), NEW.key) ON CONFLICT DO NOTHING;
        INSERT INTO record_facets SELECT NEW.record_seq, id, facet, NEW.name FROM facet_keys
          WHERE facet = dateline_facet_of(NEW.type) AND key = NEW.key
          ON CONFLICT (record_seq, code) DO UPDATE SET name = least(record_facets.name, excluded.name);
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER entities_record_facet AFTER INSERT OR DELETE OR UPDATE OF record_seq, type, key, name
    ON entities FOR EACH ROW EXECUTE FUNCTION note_record_facet()`.execute(db);
  const maxSeq = Number(
    (await sql<{ max: number | null }>`SELECT max(seq) AS max FROM records`.execute(db)).rows[0]?.max ?? 0,
  );
  let done = 0;
  for (let from = 0; from < maxSeq; from += FILL_BATCH) {
    const [keys, rows] = fillRecordFacets(from, from + FILL_BATCH);
    await sql.raw(keys).execute(db);
    const added = await sql.raw(rows).execute(db);
    done += Number(added.numAffectedRows ?? 0);
    progress.update(done, Math.min((from + FILL_BATCH) / maxSeq, 1));
  }
}

/**
 * The statements (keys first, then rows) that give the records with seq in (from, to] the facet
 * keys and rows their entities' trigger gives them, for writers that store many records with the
 * trigger off (bench/search-scale.ts). `entities`: where their entity rows are read (a table or a
 * subquery with its columns record_seq, type, key and name), the entities table by default.
 */
export function fillRecordFacets(from: number, to: number, entities = 'entities'): [string, string] {
  const inBatch = `record_seq > ${Math.trunc(from)} AND record_seq <= ${Math.trunc(to)} AND dateline_facet_of(type) IS NOT NULL`;
  return [
    `INSERT INTO facet_keys (facet, key) SELECT DISTINCT dateline_facet_of(type), key FROM ${entities} e WHERE ${inBatch}
      ON CONFLICT DO NOTHING`,
    `INSERT INTO record_facets SELECT e.record_seq, f.id, f.facet, min(e.name)
      FROM ${entities} e JOIN facet_keys f ON f.facet = dateline_facet_of(e.type) AND f.key = e.key
      WHERE ${inBatch} GROUP BY e.record_seq, f.id`,
  ];
}
