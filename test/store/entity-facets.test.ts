// The SQLite store's entity facets from record_facets (src/store/sqlite/entity-facets.ts, migration
// 0016) are exactly those the entities table gives (src/store/sql/facets.ts, entityFacetRows): a
// key named differently within a record and across records, a geo key under several types and
// facets, types no facet lists, records replaced and removed, entity rows changed in place, and
// a table the migration fills for records stored before it. On a real SQLite file.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type RawBuilder } from 'kysely';
import type { Database } from '../../src/store/sql/schema.js';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { entityFacetRows, searchFacets } from '../../src/store/sql/facets.js';
import type { Entity } from '../../src/record/types.js';
import { plainRecord } from '../helpers/plain-record.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('dateline-entity-facets-');

const PEOPLE = ['Vladimir Putin', 'Putin', 'PUTIN', 'Emomali Rahmon', 'Rahmon', 'Zoë Ng', 'Zoe Ng', 'Ana', 'Ána'];
const ORGS = ['Ministry of Defence', 'ministry of defence', 'Red Cross', 'Reuters', 'UN'];
const PLACES = ['Dushanbe', 'Khorog', 'Łódź', 'Lodz', 'Panj', 'Paris'];
const GEO = [
  { lat: 38.5, lon: 68.8, country: 'TJ', geonameId: 1221874 },
  { lat: 37.5, lon: 71.5, country: 'TJ' },
];

/** A made-up record's entities: repeats, variants, geo keys under GPE, LOC, FAC and ORG, and NORP (no facet). */
function entitiesOf(i: number): Entity[] {
  const pick = <T>(xs: readonly T[], k: number) => xs[(i * 7 + k * 3) % xs.length];
  const es: Omit<Entity, 'id'>[] = [
    { type: 'PERSON', name: pick(PEOPLE, 0), aliases: [], mentions: [] },
    { type: 'PERSON', name: pick(PEOPLE, 1), aliases: [], mentions: [] },
    { type: 'ORG', name: pick(ORGS, 0), aliases: [], mentions: [] },
    { type: i % 3 === 0 ? 'LOC' : 'GPE', name: pick(PLACES, 0), aliases: [], mentions: [] },
    { type: i % 4 === 0 ? 'FAC' : 'GPE', name: pick(PLACES, 1), aliases: [], mentions: [], geo: GEO[i % 2] },
    { type: 'NORP', name: 'Tajik', aliases: [], mentions: [] },
  ];
  if (i % 5 === 0) es.push({ type: 'ORG', name: 'Dushanbe Airport', aliases: [], mentions: [], geo: GEO[0] });
  if (i % 2 === 0) es.push({ type: 'PERSON', name: pick(PEOPLE, 2), aliases: [], mentions: [] });
  return es.map((e, k) => ({ ...e, id: `e${k}` }));
}

function put(store: Store, i: number, text = `Report ${i} from the ${i % 2 ? 'border' : 'capital'}.`) {
  return store.put(plainRecord(`r${i}.txt`, text, { entities: entitiesOf(i) }));
}

/** Every search's facets beside the facets the entities table gives for the same sample. */
async function expectSameFacets(store: Store, file: string): Promise<void> {
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new BetterSqlite3(file, { readonly: true }) }),
  });
  try {
    for (const text of [undefined, 'border', 'capital', 'report', 'nothing']) {
      const page = await store.search({ text, limit: 500 });
      const seqs = (
        await sql<{
          seq: number;
        }>`SELECT seq FROM records WHERE id IN (SELECT value FROM json_each(${JSON.stringify(page.hits.map((h) => h.id))}))`.execute(
          db,
        )
      ).rows.map((r) => r.seq);
      const inSample = (seq: RawBuilder<unknown>) =>
        sql`${seq} IN (SELECT value FROM json_each(${JSON.stringify(seqs)}))`;
      const fromEntities = await searchFacets(db, inSample, { entityRows: entityFacetRows });
      const { people, organisations, places } = page.facets!;
      expect({ people, organisations, places }, String(text)).toEqual({
        people: fromEntities.people,
        organisations: fromEntities.organisations,
        places: fromEntities.places,
      });
    }
    // Every record's rows, not only the facets' top ten.
    const all = sql`SELECT value FROM json_each(${JSON.stringify(
      (await sql<{ seq: number }>`SELECT seq FROM records`.execute(db)).rows.map((r) => r.seq),
    )})`;
    const table = await sql`SELECT * FROM (${entityFacetRowsFromTable(all)}) ORDER BY 1, 2, 3`.execute(db);
    const entities =
      await sql`SELECT * FROM (${entityFacetRows((seq) => sql`${seq} IN (${all})`)}) ORDER BY 1, 2, 3`.execute(db);
    expect(table.rows).toEqual(entities.rows);
  } finally {
    await db.destroy();
  }
}

function entityFacetRowsFromTable(all: ReturnType<typeof sql>) {
  return sql`SELECT CASE min(facet) WHEN 0 THEN 'people' WHEN 1 THEN 'organisations' ELSE 'places' END AS facet,
      min(name) AS value, count(*) AS count FROM record_facets WHERE record_seq IN (${all}) GROUP BY code`;
}

describe('the SQLite entity facets table', () => {
  it('gives the facets the entities give, through records replaced, removed and changed', async () => {
    const file = join(dir, 'facets.db');
    const store = await openStore(file);
    try {
      for (let i = 0; i < 60; i++) await put(store, i);
      await expectSameFacets(store, file);
      // Replaced (a new text for the same path removes the old record) and changed in place.
      for (let i = 0; i < 60; i += 7) await put(store, i, `A corrected report ${i} from the border.`);
      const raw = new BetterSqlite3(file);
      raw.exec(`UPDATE entities SET name = 'Aaron Putin' WHERE name = 'PUTIN';
        UPDATE entities SET type = 'ORG' WHERE name = 'Khorog';
        UPDATE entities SET key = 'PERSON:rahmon' WHERE name = 'Emomali Rahmon';
        UPDATE entities SET type = 'NORP' WHERE name = 'Reuters';
        UPDATE entities SET type = 'PERSON' WHERE type = 'NORP' AND record_seq % 3 = 0;
        DELETE FROM entities WHERE name = 'Zoë Ng';`);
      raw.close();
      await expectSameFacets(store, file);
    } finally {
      await store.close();
    }
  });

  it('is filled by its migration for records stored before it', async () => {
    const file = join(dir, 'migrate.db');
    const first = await openStore(file);
    for (let i = 0; i < 40; i++) await put(first, i);
    await first.close();
    // The database as it was before migration 0016.
    const raw = new BetterSqlite3(file);
    raw.exec(`DROP TRIGGER entities_facet_insert; DROP TRIGGER entities_facet_delete; DROP TRIGGER entities_facet_update;
      DROP TABLE record_facets; DROP TABLE facet_keys;
      DELETE FROM kysely_migration WHERE name = '0016-entity-facets';`);
    raw.close();
    const store = await openStore(file);
    try {
      await expectSameFacets(store, file);
      await put(store, 99);
      await expectSameFacets(store, file);
    } finally {
      await store.close();
    }
  });
});
