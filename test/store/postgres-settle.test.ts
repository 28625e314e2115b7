// Settling a PostgreSQL store after a bulk fill (src/store/postgres/settle.ts): tables filled and
// never vacuumed (a server with autovacuum off, or before autovacuum reached them) are listed, and
// settle() vacuums and analyses those, leaving their pages all-visible (index-only scans read no
// table page) and their statistics set; a settled store has nothing to do.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { settle, unsettledTables } from '../../src/store/postgres/settle.js';
import { plainRecord } from '../helpers/plain-record.js';
import {
  freshPostgresDatabase,
  hasPostgres,
  otherConnectionsGone,
  PG_SERVER,
  runOnPostgres,
} from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

/**
 * Runs `f` on a one-connection pool to `location` once every earlier connection's statistics are
 * flushed (see otherConnectionsGone): the counters settle() reads are then those of all the writes
 * before, whichever moment each writer's server process happened to flush them at.
 */
async function withPool<T>(location: string, f: (pool: pg.Pool) => Promise<T>): Promise<T> {
  await otherConnectionsGone(location);
  const pool = new pg.Pool({ connectionString: location, max: 1 });
  try {
    return await f(pool);
  } finally {
    await pool.end();
  }
}

/** Pages and all-visible pages of a table, as its last VACUUM or ANALYZE recorded them. */
async function visibility(pool: pg.Pool, table: string): Promise<{ pages: number; allVisible: number; rows: number }> {
  const { rows } = await pool.query<{ pages: number; allVisible: number; rows: number }>(
    `SELECT relpages AS pages, relallvisible AS "allVisible", reltuples AS rows FROM pg_class WHERE oid = $1::regclass`,
    [table],
  );
  return rows[0];
}

/** Table pages an index-only scan over all of record_text's keys read ("Heap Fetches"). */
async function heapFetches(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SET enable_seqscan = off');
    await client.query('SET enable_bitmapscan = off');
    const plan = await client.query<{ 'QUERY PLAN': string }>(
      'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT count(seq) FROM record_text WHERE seq > 0',
    );
    const lines = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(lines).toMatch(/Index Only Scan/);
    return Number(/Heap Fetches: (\d+)/.exec(lines)![1]);
  } finally {
    client.release(true);
  }
}

/**
 * A bulk fill by SQL, as bench:search-scale makes its records: 3,000 records (and their text) in
 * one statement each, after the `stored` the store put (and settled as it closed).
 */
function bulkFill(location: string, stored: number): Promise<void> {
  return runOnPostgres(location, [
    `INSERT INTO records (id, text_hash, source_key, uri, path, format, title, authors, published, language, stored_at)
     SELECT md5('made' || g), md5('made' || g), r.source_key, r.uri, r.path || '#' || g, r.format, r.title, r.authors,
            r.published, r.language, r.stored_at
     FROM records r CROSS JOIN generate_series(1, 3000) g WHERE r.seq = 1`,
    `INSERT INTO record_text (seq, body, fts)
     SELECT seq, 'made body ' || seq, to_tsvector('simple', 'made body ' || seq) FROM records WHERE seq > ${stored}`,
  ]);
}

describe.runIf(await hasPostgres())('settling a PostgreSQL store after a bulk fill', () => {
  it('vacuums and analyses the tables a fill left unvacuumed, then has nothing to do', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 30; i++)
      await store.put(
        plainRecord(`r${i}.txt`, `Dispatch ${i}: the council met in the hall.`, { published: '2022-01-01' }),
      );
    await store.close();
    await bulkFill(location, 30);
    await withPool(location, async (pool) => {
      const before = (await unsettledTables(pool)).map((t) => t.table);
      // The fill's tables, by their pages (grown, not all-visible). Not record_json, which only the
      // puts wrote: whether the store's settle at close saw the puts' counts depends on when their
      // backends flushed their statistics (PostgreSQL flushes at most once a second, and at exit),
      // so it is unsettled on some runs and settled on others.
      expect(before).toEqual(expect.arrayContaining(['records', 'record_text']));
      expect(await heapFetches(pool)).toBeGreaterThan(1000);

      const settled = await settle(pool);
      expect(settled.sort()).toEqual(before.sort());
      expect(await unsettledTables(pool)).toEqual([]);
      const text = await visibility(pool, 'record_text');
      expect(text.pages).toBeGreaterThan(1);
      expect(text.allVisible).toBe(text.pages);
      expect(text.rows).toBe(3030);
      expect(await heapFetches(pool)).toBe(0);
      // Nothing left to do: no table vacuumed again.
      expect(await settle(pool)).toEqual([]);
    });
  });

  it('a table changed in more than a hundredth of its rows since its vacuum is unsettled again', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 20; i++) await store.put(plainRecord(`r${i}.txt`, `Dispatch ${i}: the council met.`));
    await store.close();
    await withPool(location, (pool) => settle(pool));
    await runOnPostgres(location, [`UPDATE records SET title = 'changed' WHERE seq = 1`]);
    await withPool(location, async (pool) => {
      expect((await unsettledTables(pool)).map((t) => t.table)).toEqual(['records']);
      expect(await settle(pool)).toEqual(['records']);
      expect(await unsettledTables(pool)).toEqual([]);
    });
  });

  it('a copy of an unsettled database is unsettled, though its statistics start empty', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 20; i++) await store.put(plainRecord(`r${i}.txt`, `Dispatch ${i}: the council met.`));
    await store.close();
    await bulkFill(location, 20);
    // As bench:search-scale copies its base (CREATE DATABASE ... TEMPLATE): the copy's counters of
    // rows changed start at zero, its pages are the original's.
    const copy = await newDatabase();
    const name = (url: string) => new URL(url).pathname.slice(1);
    await runOnPostgres(`${PG_SERVER}/postgres`, [
      `DROP DATABASE ${name(copy)}`,
      `CREATE DATABASE ${name(copy)} TEMPLATE ${name(location)}`,
    ]);
    await withPool(copy, async (pool) => {
      expect((await unsettledTables(pool)).map((t) => t.table)).toEqual(
        expect.arrayContaining(['records', 'record_text']),
      );
      await settle(pool);
      expect(await unsettledTables(pool)).toEqual([]);
    });
  });
});
