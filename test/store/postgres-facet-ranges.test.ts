// A search's facets on PostgreSQL (src/store/sql/facets.ts, src/store/postgres/search.ts) read the
// sample's rows by ranges of seqs, not by one descent of each index per sampled record: given the
// sample as `record_seq = ANY(500 seqs)`, PostgreSQL 15 descends the index once per seq, three
// indexes (record_facets, events, records_seq_published), ~4,500 buffers on every search at
// 100,000 records, where a common word's newest 500 matches lie within some 800 records, a few
// dozen leaf pages. Neighbouring seqs of the sample are read as one range and the records between
// them that are not in it are left out: the same counts.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { searchRecords } from '../../src/store/postgres/search.js';
import { plainRecord } from '../helpers/plain-record.js';
import { freshPostgresDatabase, hasPostgres, loggedPostgres, runOnPostgres, statementsRun } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

describe.runIf(await hasPostgres())('the facets of a search on PostgreSQL', () => {
  it('reads the sample by ranges of seqs, counting only the sampled records', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    // The word in two records of three (a common word's sample has gaps); one more, far older.
    for (let i = 0; i < 90; i++)
      await store.put(
        plainRecord(`r${i}.txt`, `Dispatch ${i}: the ${i % 3 !== 0 || i === 0 ? 'council' : 'market'} met.`, {
          published: `${2015 + (i % 4)}-03-0${1 + (i % 9)}`,
        }),
      );
    await store.close();
    // Every record, with the word or not, has a person, an organisation and an event (a cluster of its own).
    await runOnPostgres(location, [
      `INSERT INTO entities (record_seq, local_id, key, type, name, mentions)
         SELECT seq, 'e1', 'PERSON:ana ' || (seq % 5), 'PERSON', 'Ana ' || (seq % 5), 1 FROM records`,
      `INSERT INTO entities (record_seq, local_id, key, type, name, mentions)
         SELECT seq, 'e2', 'ORG:org ' || (seq % 7), 'ORG', 'Org ' || (seq % 7), 1 FROM records`,
      `INSERT INTO events (record_seq, local_id, type, modality, start, "end", cluster)
         SELECT seq, 'v1', CASE WHEN seq % 2 = 0 THEN 'PROTEST' ELSE 'CONSULT' END,
           CASE WHEN seq % 3 = 0 THEN 'future' ELSE 'asserted' END, 0, 1, seq FROM records`,
      'VACUUM ANALYZE',
    ]);
    const { pool, db, statements } = loggedPostgres(location);
    try {
      const bounds = { totalCap: 100, rankWindow: 100, facetSample: 100 };
      const page = await searchRecords(db, { text: 'council' }, bounds);
      // The expected counts from the sampled records themselves (every match: under the sample's size).
      const counted = async (text: string) =>
        (await pool.query<{ value: string; count: string }>(text)).rows.map((r) => ({
          value: r.value,
          count: Number(r.count),
        }));
      const matched = `SELECT t.seq FROM record_text t WHERE t.fts @@ plainto_tsquery('english', 'council')`;
      const byCount = 'ORDER BY count(*) DESC, 1';
      expect(page.total).toBe(61);
      expect(page.facets.people).toEqual(
        await counted(
          `SELECT name AS value, count(*) FROM entities WHERE type = 'PERSON' AND record_seq IN (${matched}) GROUP BY name ${byCount}`,
        ),
      );
      expect(page.facets.organisations).toEqual(
        await counted(
          `SELECT name AS value, count(*) FROM entities WHERE type = 'ORG' AND record_seq IN (${matched}) GROUP BY name ${byCount}`,
        ),
      );
      expect(page.facets.eventTypes).toEqual(
        await counted(
          `SELECT type AS value, count(*) FROM events WHERE record_seq IN (${matched}) GROUP BY type ${byCount}`,
        ),
      );
      expect(page.facets.modalities).toEqual(
        await counted(
          `SELECT modality AS value, count(*) FROM events WHERE record_seq IN (${matched}) GROUP BY modality ${byCount}`,
        ),
      );
      expect(page.facets.years).toEqual(
        await counted(
          `SELECT substr(published, 1, 4) AS value, count(*) FROM records WHERE seq IN (${matched}) GROUP BY 1 ORDER BY 1 DESC`,
        ),
      );
      // The facets' statement: no index is asked for each sampled seq.
      const facets = statementsRun(statements, /record_facets/).at(-1);
      expect(facets).toBeDefined();
      await pool.query('SET enable_seqscan = off');
      await pool.query('SET enable_bitmapscan = off');
      const plan = (
        await pool.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${facets!.sql}`, [...facets!.parameters])
      ).rows
        .map((r) => r['QUERY PLAN'] as string)
        .join('\n');
      expect(plan).toMatch(/Index Only Scan using record_facets_pkey/);
      expect(plan).toMatch(/Index Only Scan using events_record_facets/);
      expect(plan).toMatch(/Index Only Scan using records_seq_published/);
      expect(plan).not.toMatch(/Index Cond: \(\w+ = ANY/);
      expect(plan).not.toMatch(/Heap Fetches: [1-9]/);
    } finally {
      await db.destroy();
    }
  });
});
