// A text search with no filter in the PostgreSQL store (src/store/postgres/search.ts, walkNewest):
// the newest records' vectors are tested range by range, and a copy (a near-duplicate, which stands
// for its group's first record) is left out through the index of copies, not by reading every
// record row of the range (a GIN range of 43,043 records at 100,000: 3,176 of its 4,852 pages were those
// rows, read only to learn that none was a copy).
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
  statementsRun,
} from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();
const BOUNDS = { totalCap: 10, rankWindow: 10, facetSample: 5 };

/**
 * A new store of `n` records written with SQL (a store's own writes are too slow for tens of
 * thousands), each record's body the SQL expression `body` of its seq.
 */
async function madeRecords(n: number, body: string): Promise<string> {
  const location = await newDatabase();
  await (await openStore(location)).close();
  await runOnPostgres(location, [
    `INSERT INTO records (id, text_hash, source_key, path, format, authors, published, language, stored_at)
       SELECT md5('r' || g), md5('r' || g), 'r' || g, 'r' || g || '.txt', 'text', '[]', '2021-02-01', 'en', '2021-02-01'
       FROM generate_series(1, ${n}) g`,
    `INSERT INTO record_text (seq, body, fts)
       SELECT seq, body, setweight(to_tsvector('simple', body), 'B') FROM (SELECT seq, ${body} AS body FROM records) x`,
    'VACUUM ANALYZE',
  ]);
  return location;
}

/** `n` made records (madeRecords), every `every`th with "school meals" in its body, the others without either word. */
const phraseRecords = (n: number, every: number) =>
  madeRecords(
    n,
    `CASE WHEN seq % ${every} = 0 THEN 'Item: the school meals cost more.' ELSE 'Item: the council met.' END`,
  );

describe.runIf(await hasPostgres())('PostgreSQL text search without filters', () => {
  it('leaves copies out through the index of copies, reading no record row of the range', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 40; i++)
      await store.put(plainRecord(`r${i}.txt`, `Dispatch ${i}: the council met.`, { published: '2021-02-01' }));
    await store.close();
    // The newest record a copy of the first (as near-duplicate detection marks one).
    await runOnPostgres(location, [
      `UPDATE records SET duplicate_of = (SELECT id FROM records WHERE seq = 1) WHERE seq = 40`,
      'VACUUM ANALYZE',
    ]);
    const { pool, db, statements } = loggedPostgres(location);
    try {
      const page = await searchRecords(db, { text: 'council', limit: 20 }, BOUNDS);
      const seqs = await seqsOfHits(pool, page.hits);
      // The newest first records (the copy not among them), up to the rank window.
      expect(seqs.sort((a, b) => b - a)).toEqual([39, 38, 37, 36, 35, 34, 33, 32, 31, 30]);
      expect(page.total).toBe(10);
      expect(page.totalRelation).toBe('gte');
      const walk = statements.find((s) => /ts_match_vq/.test(s.sql));
      expect(walk).toBeDefined();
      const plan = (await planLines(pool, walk!)).join('\n');
      expect(plan).not.toMatch(/records_pkey|on records r\b/);
    } finally {
      await db.destroy();
    }
  });
  it('with dates alone, tests each match the GIN index gives against its own record row, not the range joined', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    // Twenty of 2021, then thirty newer: the first range, tested record by record, finds none in
    // 2021, so the next goes through the GIN index with the year's months.
    for (let i = 0; i < 20; i++)
      await store.put(plainRecord(`old${i}.txt`, `Dispatch ${i}: the council met.`, { published: '2021-03-01' }));
    for (let i = 0; i < 30; i++)
      await store.put(plainRecord(`new${i}.txt`, `Report ${i}: the council voted.`, { published: '2023-05-01' }));
    await store.close();
    await runOnPostgres(location, ['VACUUM ANALYZE']);
    const { pool, db, statements } = loggedPostgres(location);
    try {
      const q = { text: 'council', since: '2021-01-01', until: '2021-12-31', limit: 20 };
      const page = await searchRecords(db, q, BOUNDS);
      const seqs = await seqsOfHits(pool, page.hits);
      expect(seqs.sort((a, b) => b - a)).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11]);
      expect(page.totalRelation).toBe('gte');
      // The walk's statement through the GIN index (@@, not ts_match_vq, with a page by seq).
      const walk = statements.find((s) => /t\.fts @@/.test(s.sql) && /ORDER BY t\.seq DESC/.test(s.sql));
      expect(walk).toBeDefined();
      const plan = await planLines(pool, walk!);
      // Each reading of records r is a subquery's, for one match (by its seq), never by a range of
      // seqs, whatever the planner expects of the matches.
      const reads = plan.flatMap((line, i) => (/ on records r\b/.test(line) ? [plan.slice(i, i + 3).join(' ')] : []));
      expect(reads.length).toBeGreaterThan(0);
      for (const read of reads) {
        expect(read).toMatch(/seq = t(_\d+)?\.seq/);
        expect(read).not.toMatch(/seq [<>]=? \d/);
      }
    } finally {
      await db.destroy();
    }
  });

  it('asks the GIN index at once for a word the planner expects in few records, testing no vector one by one', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 1; i <= 40; i++)
      await store.put(
        plainRecord(`r${i}.txt`, `Dispatch ${i}: the council met.${i === 7 ? ' The envoy spoke.' : ''}`, {
          published: '2021-02-01',
        }),
      );
    await store.close();
    await runOnPostgres(location, ['VACUUM ANALYZE']);
    const { pool, db, statements } = loggedPostgres(location);
    try {
      // 401 wanted (the total's cap and one) of one expected match in 40 records: more records
      // to read than a range tested record by record may hold (ROW_TEST_READS).
      const page = await searchRecords(
        db,
        { text: 'envoy', limit: 20 },
        { totalCap: 400, rankWindow: 400, facetSample: 5 },
      );
      expect(await seqsOfHits(pool, page.hits)).toEqual([7]);
      expect(statements.some((s) => /ts_match_vq/.test(s.sql))).toBe(false);
      const walks = statements.filter((s) => /FROM record_text t\b/.test(s.sql) && /ORDER BY t\.seq DESC/.test(s.sql));
      expect(walks).toHaveLength(1);
      await pool.query('SET enable_seqscan = off');
      expect((await planLines(pool, walks[0])).join('\n')).toMatch(/record_text_fts/);
    } finally {
      await db.destroy();
    }
  });
  it('sizes the first range for a phrase of words that go together by the fewest records of a word', async () => {
    // 5,000 records, one in ten with both words, always together: the planner multiplies the
    // words' shares (50 records expected), where the phrase is in every record either word is (500).
    const location = await phraseRecords(5000, 10);
    const { db, statements } = loggedPostgres(location);
    try {
      // 201 wanted: by the planner's estimate of the phrase, 20,100 records to read, more than a
      // range tested record by record would cost (ginRangeReads): the GIN index, for a first range
      // that held the whole store (all 500 matches read and ranked); by either word's, 2,010 records
      // and FIRST_GIN_MARGIN (2) times that.
      const page = await searchRecords(
        db,
        { text: '"school meals"', limit: 20 },
        { totalCap: 200, rankWindow: 200, facetSample: 5 },
      );
      expect(page.total).toBe(200);
      expect(page.totalRelation).toBe('gte');
      const walks = statementsRun(statements, /FROM record_text t\b[\s\S]*ORDER BY t\.seq DESC/);
      expect(walks.length).toBeGreaterThan(0);
      // Its range: the walk's bounds (seq > lo AND seq <= hi), the first of its parameters that are numbers.
      const [lo, hi] = walks[0].parameters.filter((p) => typeof p === 'number');
      expect(hi).toBe(5000);
      expect(hi - lo).toBeLessThan(5000);
      expect(hi - lo).toBeGreaterThanOrEqual(2010);
    } finally {
      await db.destroy();
    }
  });

  it('tests record by record a range the GIN index would read more postings for than it holds records', async () => {
    // 60,000 records, every other one with both words: the planner expects the phrase in a
    // quarter (the words' shares multiplied), and the GIN index holds 60,000 postings of them.
    const location = await phraseRecords(60000, 2);
    const { db, statements } = loggedPostgres(location);
    try {
      // 3,401 wanted: 13,604 records to read by the planner's estimate, fewer than a first GIN range
      // would cost (ginRangeReads: 60,000 postings and 13,604 primary-key entries over
      // POSTINGS_PER_ROW, and its 6,802 matches: 14,162).
      const page = await searchRecords(
        db,
        { text: '"school meals"', limit: 20 },
        { totalCap: 3400, rankWindow: 3400, facetSample: 5 },
      );
      expect(page.total).toBe(3400);
      const walks = statementsRun(statements, /FROM record_text t\b[\s\S]*ORDER BY t\.seq DESC/);
      expect(walks.length).toBeGreaterThan(0);
      expect(walks[0].sql).toMatch(/ts_match_vq/);
    } finally {
      await db.destroy();
    }
  });

  it('asks the GIN index at once for a word in a tenth of the records, sparser among the newest', async () => {
    // 20,000 records: "harbour" in every tenth of the older half and every fortieth of the newer.
    const location = await madeRecords(
      20000,
      `CASE WHEN seq % (CASE WHEN seq <= 10000 THEN 10 ELSE 40 END) = 0
         THEN 'Item: the harbour board met.' ELSE 'Item: the council met.' END`,
    );
    const { pool, db, statements } = loggedPostgres(location);
    try {
      // 201 wanted of 1,250 records: 3,216 records to read by the planner's estimate, under
      // ROW_TEST_READS, where they were tested one by one (4,824, then 7,440 more for the 81
      // missing); a range through the GIN index costs 1,170 by ginRangeReads.
      const page = await searchRecords(
        db,
        { text: 'harbour', limit: 20 },
        { totalCap: 200, rankWindow: 200, facetSample: 5 },
      );
      expect(page.total).toBe(200);
      expect(page.totalRelation).toBe('gte');
      const seqs = (await seqsOfHits(pool, page.hits)).sort((a, b) => b - a);
      // All rank alike: the newest 20 of the newest 200.
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, k) => 20000 - 40 * k));
      const walks = statementsRun(statements, /FROM record_text t\b[\s\S]*ORDER BY t\.seq DESC/);
      expect(walks.length).toBeGreaterThan(0);
      expect(walks.some((w) => /ts_match_vq/.test(w.sql))).toBe(false);
    } finally {
      await db.destroy();
    }
  });

  it('still asks the GIN index at once for a phrase whose words are each rare', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 1; i <= 300; i++)
      await store.put(
        plainRecord(`r${i}.txt`, i === 7 || i === 200 ? `Item ${i}: the envoy spoke.` : `Item ${i}: the council met.`, {
          published: '2021-02-01',
        }),
      );
    await store.close();
    await runOnPostgres(location, ['VACUUM ANALYZE']);
    const { pool, db, statements } = loggedPostgres(location);
    try {
      const page = await searchRecords(
        db,
        { text: '"envoy spoke"', limit: 20 },
        { totalCap: 1100, rankWindow: 1100, facetSample: 5 },
      );
      expect((await seqsOfHits(pool, page.hits)).sort((a, b) => a - b)).toEqual([7, 200]);
      expect(statementsRun(statements, /ts_match_vq/)).toHaveLength(0);
    } finally {
      await db.destroy();
    }
  });
});
