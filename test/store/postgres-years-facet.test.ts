// The years facet on PostgreSQL reads an index, not the records table (migration 0018-years-index):
// a search's sample of up to 500 records cost a table page per record for its years, read from
// outside the buffers on a first request at a million records.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { plainRecord } from '../helpers/plain-record.js';
import { freshPostgresDatabase, hasPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

describe.runIf(await hasPostgres())('the years facet on PostgreSQL', () => {
  it('counts the sample’s years from an index alone, as the facet gives them', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 40; i++)
      await store.put(
        plainRecord(`r${i}.txt`, `Dispatch ${i}: the council of Leipzig met in the hall.`, {
          published: `${2015 + (i % 4)}-03-0${1 + (i % 9)}`,
        }),
      );
    const page = await store.search({ text: 'council' });
    expect(page.facets.years).toEqual([
      { value: '2018', count: 10 },
      { value: '2017', count: 10 },
      { value: '2016', count: 10 },
      { value: '2015', count: 10 },
    ]);
    // Closing settles the store (its pages all-visible), as an ingest leaves it.
    await store.close();
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      // The planner's choice at 40 rows is a scan of the whole table: asked for an index, as at a million.
      await client.query('SET enable_seqscan = off');
      await client.query('SET enable_bitmapscan = off');
      const plan = await client.query<{ 'QUERY PLAN': string }>(
        // The years facet's statement as src/store/postgres/search.ts sends it (../../src/store/sql/facets.ts).
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT substr(published, 1, 4) AS value, count(*) AS count
         FROM (SELECT r.seq, r.published FROM unnest($1::int[]) u(seq) JOIN records r ON r.seq = u.seq) AS s
         WHERE published IS NOT NULL GROUP BY 1`,
        [[3, 9, 17, 30]],
      );
      const lines = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(lines).toMatch(/Index Only Scan using records_seq_published/);
      expect(lines).toMatch(/Heap Fetches: 0/);
    } finally {
      await client.end();
    }
  });
});
