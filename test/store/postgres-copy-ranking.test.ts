// The PostgreSQL search ranks each group of near-duplicates by its best-matching record (the first
// record or a copy; ties to the lowest seq), and when copies match the words it reads the vectors
// of those groups' copies alone: the first records' ranks are those the walk read
// (src/store/postgres/search.ts, rankedWithCopies), not read again for the whole rank window.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { openStore } from '../../src/store/index.js';
import { searchRecords } from '../../src/store/postgres/search.js';
import type { Database } from '../../src/store/sql/schema.js';
import type { ArticleRecord } from '../../src/record/types.js';
import { plainRecord } from '../helpers/plain-record.js';
import { freshPostgresDatabase, hasPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();
const RANK = `ts_rank('{0, 0.4, 0.2, 1.0}'::float4[], t.fts, phraseto_tsquery('simple', 'heron'))`;

describe.runIf(await hasPostgres())('PostgreSQL ranking with near-duplicate copies', () => {
  it('ranks each group by its best-matching record, reading only the copies of groups whose copies match', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    const texts = [
      'A heron waded in the reeds while gulls circled the pier.',
      'The tide came in over the dunes before noon.',
      'A grey heron stood on the sluice gate all morning.',
      'Gulls shared the mudflats at low tide.',
      'The heron count rose this spring, the warden said.',
      'Boats left the harbour at dawn.',
    ];
    const heads: ArticleRecord[] = [];
    for (const [i, text] of texts.entries()) {
      const r = { ...plainRecord(`bird-${i}.txt`, text), published: `2020-0${i + 1}-01` };
      await store.put(r);
      heads.push(r);
    }
    // Copies: one matching better than its first record, one matching where its first record does not.
    await store.put({
      ...plainRecord('copy-1.txt', 'Heron, heron, heron: the tide came in over the dunes.'),
      duplicateOf: heads[1].id,
    });
    await store.put({
      ...plainRecord('copy-4.txt', 'The heron count rose this spring, a heron expert said.'),
      duplicateOf: heads[4].id,
    });
    await store.close();

    const pool = new pg.Pool({ connectionString: location, max: 1 });
    const statements: string[] = [];
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      log: (e) => void statements.push(e.query.sql),
    });
    try {
      // Every group, by its best-matching member's rank (ties: the lowest seq), best first, ties newest first.
      const expected = (
        await pool.query<{ id: string; score: number }>(
          `SELECT h.id, x.score FROM (SELECT DISTINCT ON (head) head, ${RANK} AS score
             FROM (SELECT r.seq AS head, m.seq AS mseq FROM records r JOIN records m ON m.seq = r.seq OR m.duplicate_of = r.id
                   WHERE r.duplicate_of IS NULL) g JOIN record_text t ON t.seq = g.mseq
             WHERE t.fts @@ phraseto_tsquery('simple', 'heron') ORDER BY head, score DESC, mseq) x
           JOIN records h ON h.seq = x.head ORDER BY x.score DESC, h.seq DESC`,
        )
      ).rows;
      expect(expected).toHaveLength(4);
      const page = await searchRecords(db, { text: 'heron' });
      expect(page.hits.map((h) => [h.id, h.score])).toEqual(expected.map((e) => [e.id, Number(e.score)]));
      expect(page.hits.find((h) => h.id === heads[1].id)?.snippet).toContain('[Heron], [heron], [heron]');
      // The copies' vectors are read for their groups alone; the first records' ranks come from the walk.
      const ranking = statements.filter((s) => /ts_rank/.test(s));
      expect(ranking.some((s) => /m\.duplicate_of = h\.id/.test(s) && /h\.id = ANY/.test(s))).toBe(true);
      expect(ranking.filter((s) => /unnest/.test(s))).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
