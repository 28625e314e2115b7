// The PostgreSQL store's record_authors (src/store/postgres/author-records.ts, migration 0015): it
// holds a row per first record and author list whatever writes the records (new, replaced,
// near-duplicates, lists changed in place), the migration fills it for records stored before, and
// a search with an author filter alone lists the author's records from its index alone (with words:
// all of them; without: the newest), with the hits the author filter's substring test on each record gives.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import type { CompiledQuery, Kysely } from 'kysely';
import { openStore, type SearchPage, type Store } from '../../src/store/index.js';
import { searchRecords } from '../../src/store/postgres/search.js';
import type { Database } from '../../src/store/sql/schema.js';
import { plainRecord } from '../helpers/plain-record.js';
import { freshPostgresDatabase, hasPostgres, loggedPostgres, runOnPostgres, statementsRun } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

const AUTHORS = [['Ann Ox'], ['ann ox'], ['Bo Lee', 'Xu Wei'], [], ['Zoë Kay'], ['Max Ng']];
const BOUNDS = { totalCap: 1_000, rankWindow: 1_000, facetSample: 500 };

async function putRecords(store: Store): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const text = `Dispatch ${i}: ${i % 3 === 0 ? 'the harbour council met' : 'the market reopened'} today.`;
    await store.put(
      plainRecord(`r${i}.txt`, text, { authors: AUTHORS[i % AUTHORS.length], published: `2020-01-${(i % 28) + 1}` }),
    );
  }
  // A near-duplicate: not a first record, so not in record_authors.
  const head = plainRecord('r0.txt', 'Dispatch 0: the harbour council met today.', {
    authors: AUTHORS[0],
    published: '2020-01-1',
  });
  await store.put({
    ...plainRecord('copy.txt', 'Dispatch 0: the harbour council met today, and voted.', { authors: ['Ann Ox'] }),
    duplicateOf: head.id,
  });
  // Replaced with another author list.
  await store.put(plainRecord('r7.txt', 'Dispatch 7: the harbour council met again.', { authors: ['Xavier Roe'] }));
}

/**
 * A store holding putRecords' records (and what `more` adds by SQL), vacuumed, and a connection
 * that logs its statements.
 */
async function loggedStoreWithRecords(
  more: string[] = [],
): Promise<{ db: Kysely<Database>; pool: pg.Pool; statements: CompiledQuery[] }> {
  const location = await newDatabase();
  const store = await openStore(location);
  await putRecords(store);
  await store.close();
  await runOnPostgres(location, [...more, 'VACUUM ANALYZE']);
  return loggedPostgres(location);
}

/** The plan PostgreSQL gives a statement when it may not read the table whole (a table this small
 * is read whole; the plan the index gives is the one a large table gets). */
async function indexPlan(pool: pg.Pool, statement: CompiledQuery): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    await client.query('SET LOCAL enable_bitmapscan = off');
    const rows = (await client.query(`EXPLAIN ${statement.sql}`, [...statement.parameters])).rows;
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

/** The statements that list records from record_authors (not the planner's estimate of how many it holds). */
const listings = (statements: CompiledQuery[]) => statementsRun(statements, /FROM record_authors/);

/**
 * Runs a search with an author filter and checks that it lists the author's records once, by an
 * index-only scan of record_authors, with the hits and total of the same search listed from the
 * records table (an author and a source filter are). Returns both pages.
 */
async function expectListedFromIndex(
  { db, pool, statements }: { db: Kysely<Database>; pool: pg.Pool; statements: CompiledQuery[] },
  query: { text?: string; author: string },
  bounds: typeof BOUNDS,
  label: string,
): Promise<{ page: SearchPage; tested: SearchPage }> {
  statements.length = 0;
  const page = await searchRecords(db, { ...query, limit: 500 }, bounds);
  const tested = await searchRecords(db, { ...query, source: '.txt', limit: 500 }, bounds);
  expect(
    page.hits.map((h) => h.id),
    label,
  ).toEqual(tested.hits.map((h) => h.id));
  expect(page.total).toBe(tested.total);
  const lists = listings(statements);
  expect(lists).toHaveLength(1);
  expect(await indexPlan(pool, lists[0])).toMatch(/Index Only Scan using record_authors_pkey on record_authors/);
  return { page, tested };
}

/** Made records by one author, more than a search lists from record_authors (FEW_FILTERED, 20,000). */
const MANY_BY_ONE = `INSERT INTO records (id, text_hash, source_key, path, format, authors, published, language, stored_at)
  SELECT 'made' || g, 'made' || g, 'made' || g, 'made' || g || '.txt', 'text', '["Quinn Zed"]', '2019-06-01', 'en', '2024-01-01'
  FROM generate_series(1, 45000) g`;

/** The rows record_authors should hold: one per first record, keyed by its lower-cased list's md5. */
async function expectRowsOfFirstRecords(client: pg.Client): Promise<void> {
  const held = await client.query(`SELECT hash::text, seq FROM record_authors ORDER BY seq`);
  const expected = await client.query(
    `SELECT md5(lower(authors))::uuid::text AS hash, seq FROM records WHERE duplicate_of IS NULL ORDER BY seq`,
  );
  expect(held.rows.length).toBeGreaterThan(50);
  expect(held.rows).toEqual(expected.rows);
}

describe.runIf(await hasPostgres())('PostgreSQL record_authors', () => {
  it('holds the first records by author list, kept by triggers and filled by the migration', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    await putRecords(store);
    await store.close();
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      await expectRowsOfFirstRecords(client);
      // A list changed in place, and a record removed, by SQL: the triggers follow.
      await client.query(`UPDATE records SET authors = '["Ida Vox"]' WHERE seq = (SELECT min(seq) FROM records)`);
      await client.query(`DELETE FROM record_json WHERE seq = (SELECT max(seq) FROM records)`);
      await client.query(`DELETE FROM record_text WHERE seq = (SELECT max(seq) FROM records)`);
      await client.query(`DELETE FROM records WHERE seq = (SELECT max(seq) FROM records)`);
      await expectRowsOfFirstRecords(client);
    } finally {
      await client.end();
    }
    // Back to the state before migration 0015: the migration fills the table again.
    await runOnPostgres(location, [
      'DROP TABLE record_authors',
      'DROP TRIGGER records_author_record ON records',
      'DROP FUNCTION note_author_record',
      "DELETE FROM dateline_migration WHERE name = '0015-author-records'",
    ]);
    await (await openStore(location)).close();
    const again = new pg.Client({ connectionString: location });
    await again.connect();
    try {
      await expectRowsOfFirstRecords(again);
    } finally {
      await again.end();
    }
  });

  it("lists an author's records from the index alone, with the hits of the substring test", async () => {
    const logged = await loggedStoreWithRecords();
    try {
      for (const author of ['x', 'ANN', 'ë', 'nobody'])
        for (const text of ['council', 'market', 'dispatch']) {
          const { page } = await expectListedFromIndex(logged, { text, author }, BOUNDS, `${text} by ${author}`);
          if (text === 'dispatch' && author !== 'nobody') expect(page.total).toBeGreaterThan(0);
        }
    } finally {
      await logged.db.destroy();
    }
  });

  it("lists an author's newest records with no words from the index alone, as the records table gives them", async () => {
    const logged = await loggedStoreWithRecords();
    try {
      // Under the cap every match is listed; over it only the newest, and the facets come from the newest few.
      for (const bounds of [BOUNDS, { totalCap: 4, rankWindow: 4, facetSample: 3 }])
        for (const author of ['x', 'ANN', 'ë', 'nobody']) {
          const label = `by ${author}, cap ${bounds.totalCap}`;
          const { page, tested } = await expectListedFromIndex(logged, { author }, bounds, label);
          expect(page.facets).toEqual(tested.facets);
          if (author !== 'nobody') expect(page.hits.length).toBeGreaterThan(0);
        }
    } finally {
      await logged.db.destroy();
    }
  });

  it('walks the records for an author the statistics put over the list cap, without listing them first', async () => {
    const { db, statements } = await loggedStoreWithRecords([MANY_BY_ONE]);
    try {
      for (const text of [undefined, 'council'])
        for (const author of ['quinn', 'q']) {
          statements.length = 0;
          const page = await searchRecords(db, { text, author, limit: 500 }, BOUNDS);
          expect(listings(statements), `${text} by ${author}`).toHaveLength(0);
          const tested = await searchRecords(db, { text, author, source: '.txt', limit: 500 }, BOUNDS);
          expect(page.hits.map((h) => h.id)).toEqual(tested.hits.map((h) => h.id));
          expect(page.total).toBe(tested.total);
          if (!text) expect(page.totalRelation).toBe('gte');
        }
      // A rare author beside them is still listed from the index.
      statements.length = 0;
      const rare = await searchRecords(db, { author: 'zoë', limit: 500 }, BOUNDS);
      expect(rare.hits.length).toBeGreaterThan(0);
      expect(listings(statements)).toHaveLength(1);
    } finally {
      await db.destroy();
    }
  });
});
