// The SQLite store's entity facets from record_facets (src/store/sqlite/entity-facets.ts, migration
// 0016) are exactly those the entities table gives (src/store/sql/facets.ts, entityFacetRows): a
// key named differently within a record and across records, a geo key under several types and
// facets, types no facet lists, records replaced and removed, entity rows changed in place, and
// a table the migration fills for records stored before it. On a real SQLite file.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect, sql, type RawBuilder } from 'kysely';
import type { Database } from '../../src/store/sql/schema.js';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { entityFacetRows, recordFacetRows, searchFacets } from '../../src/store/sql/facets.js';
import type { Entity } from '../../src/record/types.js';
import { plainRecord } from '../helpers/plain-record.js';
import { tempDir } from '../helpers/tmp.js';
import { freshPostgresDatabase, hasPostgres, runOnPostgres } from '../helpers/stores.js';

const dir = tempDir('dateline-entity-facets-');
const newDatabase = freshPostgresDatabase();

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

/** A condition that a seq is one of `seqs`, in a store's dialect. */
type InList = (seq: RawBuilder<unknown>, seqs: readonly number[]) => RawBuilder<unknown>;
const sqliteIn: InList = (seq, seqs) => sql`${seq} IN (SELECT value FROM json_each(${JSON.stringify(seqs)}))`;
const postgresIn: InList = (seq, seqs) => sql`${seq} = ANY(${seqs}::int[])`;

/** Every search's facets beside the facets the entities table gives for the same sample (db: the store's database). */
async function expectSameFacetsIn(store: Store, db: Kysely<Database>, inList: InList): Promise<void> {
  for (const text of [undefined, 'border', 'capital', 'report', 'nothing']) {
    const page = await store.search({ text, limit: 500 });
    const ids = page.hits.map((h) => h.id);
    const seqs =
      ids.length === 0
        ? []
        : (await sql<{ seq: number }>`SELECT seq FROM records WHERE id IN (${sql.join(ids)})`.execute(db)).rows.map(
            (r) => r.seq,
          );
    const fromEntities = await searchFacets(db, (seq) => inList(seq, seqs), { entityRows: entityFacetRows });
    const { people, organisations, places } = page.facets!;
    expect({ people, organisations, places }, String(text)).toEqual({
      people: fromEntities.people,
      organisations: fromEntities.organisations,
      places: fromEntities.places,
    });
  }
  // Every record's rows, not only the facets' top ten.
  const all = (await sql<{ seq: number }>`SELECT seq FROM records`.execute(db)).rows.map((r) => r.seq);
  const inAll = (seq: RawBuilder<unknown>) => inList(seq, all);
  // Counts as numbers: PostgreSQL's count() is a bigint, which pg gives as a string.
  const rows = async (facetRows: typeof entityFacetRows) =>
    (
      await sql<{
        facet: string;
        value: string;
        count: number | string;
      }>`SELECT * FROM (${facetRows(inAll)}) f ORDER BY 1, 2, 3`.execute(db)
    ).rows.map((r) => ({ ...r, count: Number(r.count) }));
  expect(await rows(recordFacetRows)).toEqual(await rows(entityFacetRows));
}

async function expectSameFacets(store: Store, file: string): Promise<void> {
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new BetterSqlite3(file, { readonly: true }) }),
  });
  try {
    await expectSameFacetsIn(store, db, sqliteIn);
  } finally {
    await db.destroy();
  }
}

async function expectSamePostgresFacets(store: Store, location: string): Promise<void> {
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location }) }),
  });
  try {
    await expectSameFacetsIn(store, db, postgresIn);
  } finally {
    await db.destroy();
  }
}

/**
 * Records where many keys of each facet tie at the tenth count: sixteen people, organisations and
 * places, each in exactly two records (under two spellings of one key), so which ten a facet lists
 * is decided by their names.
 */
const TIED = Array.from({ length: 16 }, (_, k) => String.fromCharCode(90 - k));
async function putTied(store: Store): Promise<void> {
  for (let i = 0; i < 16; i++) {
    const entities: Entity[] = [i, (i + 5) % 16].flatMap((k, j) => {
      const spell = (name: string) => (j === 0 ? name : name.toUpperCase());
      return [
        { id: `p${j}`, type: 'PERSON', name: spell(`${TIED[k]}ara Voss`), aliases: [], mentions: [] },
        { id: `o${j}`, type: 'ORG', name: spell(`${TIED[k]}ell Union`), aliases: [], mentions: [] },
        { id: `g${j}`, type: 'GPE', name: spell(`${TIED[k]}orva`), aliases: [], mentions: [] },
      ];
    });
    await store.put(plainRecord(`tied${i}.txt`, `Tied report ${i} from the border.`, { entities }));
  }
}

/** Entity rows changed in place: names, types (into and out of the facets' types), keys; one removed. */
const CHANGES = [
  `UPDATE entities SET name = 'Aaron Putin' WHERE name = 'PUTIN'`,
  `UPDATE entities SET type = 'ORG' WHERE name = 'Khorog'`,
  `UPDATE entities SET key = 'PERSON:rahmon' WHERE name = 'Emomali Rahmon'`,
  `UPDATE entities SET type = 'NORP' WHERE name = 'Reuters'`,
  `UPDATE entities SET type = 'PERSON' WHERE type = 'NORP' AND record_seq % 3 = 0`,
  `DELETE FROM entities WHERE name = 'Zoë Ng'`,
];

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
      raw.exec(CHANGES.join(';\n'));
      raw.close();
      await expectSameFacets(store, file);
    } finally {
      await store.close();
    }
  });

  it('lists, of keys tied at the tenth count, those the names order first', async () => {
    const file = join(dir, 'tied.db');
    const store = await openStore(file);
    try {
      await putTied(store);
      expect((await store.search({})).facets!.people).toHaveLength(10);
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

describe.runIf(await hasPostgres())('the PostgreSQL entity facets table', () => {
  it('gives the facets the entities give, through records replaced, removed and changed', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    try {
      for (let i = 0; i < 60; i++) await put(store, i);
      await expectSamePostgresFacets(store, location);
      for (let i = 0; i < 60; i += 7) await put(store, i, `A corrected report ${i} from the border.`);
      await runOnPostgres(location, CHANGES);
      // The read cache keeps answers until a put: a put of a record no search below finds.
      await store.put(plainRecord('other.txt', 'Unrelated.'));
      await expectSamePostgresFacets(store, location);
    } finally {
      await store.close();
    }
  });

  it('lists, of keys tied at the tenth count, those the names order first', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    try {
      await putTied(store);
      expect((await store.search({})).facets!.people).toHaveLength(10);
      await expectSamePostgresFacets(store, location);
    } finally {
      await store.close();
    }
  });

  it('is filled by its migration for records stored before it', async () => {
    const location = await newDatabase();
    const first = await openStore(location);
    for (let i = 0; i < 40; i++) await put(first, i);
    await first.close();
    // The database as it was before migration 0016.
    await runOnPostgres(location, [
      'DROP TRIGGER entities_record_facet ON entities',
      'DROP FUNCTION note_record_facet, remake_record_facet, dateline_facet_of',
      'DROP TABLE record_facets, facet_keys',
      "DELETE FROM dateline_migration WHERE name = '0016-entity-facets'",
    ]);
    const store = await openStore(location);
    try {
      await expectSamePostgresFacets(store, location);
      await put(store, 99);
      await expectSamePostgresFacets(store, location);
    } finally {
      await store.close();
    }
  });
});
