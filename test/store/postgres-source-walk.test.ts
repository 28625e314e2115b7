// A source filter in the PostgreSQL store that matches many records (too many to list from the
// trigram indexes, src/store/postgres/search.ts) is walked newest first down the records, each
// tested for the substring. That walk reads the addresses from an index of seqs that holds them
// (migration 0022), not from the records' rows: at a million records it read 34,000 rows, a table
// page for every few, from outside PostgreSQL's buffers on a first request.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { searchRecords } from '../../src/store/postgres/search.js';
import { plainRecord } from '../helpers/plain-record.js';
import {
  freshPostgresDatabase,
  hasPostgres,
  loggedPostgres,
  planLines,
  runOnPostgres,
  seqsOfHits,
} from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();
const BOUNDS = { totalCap: 10, rankWindow: 10, facetSample: 5 };

describe.runIf(await hasPostgres())('PostgreSQL source filter walk', () => {
  it('walks the newest records by an index that holds their addresses, reading no record row', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    // Every third record from the "feeds/" folder, the others elsewhere.
    for (let i = 1; i <= 60; i++)
      await store.put(plainRecord(i % 3 === 0 ? `Feeds/item${i}.txt` : `other/item${i}.txt`, `Note ${i} of the day.`));
    await store.close();
    // The newest feed record a copy of the first (as near-duplicate detection marks one).
    await runOnPostgres(location, [
      `UPDATE records SET duplicate_of = (SELECT id FROM records WHERE seq = 3) WHERE seq = 60`,
      'VACUUM ANALYZE',
    ]);
    const { pool, db, statements } = loggedPostgres(location);
    try {
      const page = await searchRecords(db, { source: 'feeds/', limit: 20 }, BOUNDS);
      // The substring test's answer: case-blind, the copy left out; past the cap of 10.
      expect(page.total).toBe(10);
      expect(page.totalRelation).toBe('gte');
      const feeds = Array.from({ length: 19 }, (_, k) => 57 - 3 * k);
      expect((await seqsOfHits(pool, page.hits)).sort((a, b) => b - a)).toEqual(feeds);
      const walk = statements.find((s) => /ILIKE/.test(s.sql) && /ORDER BY r\.seq(::bigint)? DESC/.test(s.sql));
      expect(walk).toBeDefined();
      // (60 rows: a scan of the table is cheapest; at scale it is not.)
      await pool.query('SET enable_seqscan = off');
      const plan = (await planLines(pool, walk!)).join('\n');
      expect(plan).toMatch(/Index Only Scan Backward using records_seq_source/);
    } finally {
      await db.destroy();
    }
  });

  it('finds no copy and no record of another source through that index', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 1; i <= 12; i++)
      await store.put(plainRecord(i <= 4 ? `feeds/item${i}.txt` : `other/item${i}.txt`, `Note ${i} of the day.`));
    await store.close();
    await runOnPostgres(location, [
      `UPDATE records SET duplicate_of = (SELECT id FROM records WHERE seq = 1) WHERE seq = 4`,
      'VACUUM ANALYZE',
    ]);
    const { pool, db } = loggedPostgres(location);
    try {
      await pool.query('SET enable_seqscan = off');
      const page = await searchRecords(db, { source: 'FEEDS/', limit: 20 }, BOUNDS);
      expect(page.total).toBe(3);
      expect(page.totalRelation).toBe('eq');
      expect((await seqsOfHits(pool, page.hits)).sort((a, b) => a - b)).toEqual([1, 2, 3]);
    } finally {
      await db.destroy();
    }
  });
});
