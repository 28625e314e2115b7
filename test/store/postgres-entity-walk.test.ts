// An entity or place filter alone in the PostgreSQL store (src/store/postgres/entity-walk.ts): the
// name's newest records come from the entities' indexes, and a copy (a near-duplicate, which
// stands for its group's first record) is left out through the index of copies, not by reading
// each walked record's row (at a million records `{"entity":"Lagos"}` read ~2,000 record rows,
// cold, only to learn that none was a copy).
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

const inLagos = (i: number) =>
  plainRecord(`r${i}.txt`, `Dispatch ${i} from Lagos: the council met.`, {
    published: '2021-02-01',
    entities: [{ id: 'e1', type: 'GPE', name: 'Lagos', aliases: [], mentions: [[17, 22]] }],
  });

describe.runIf(await hasPostgres())('PostgreSQL entity filter alone', () => {
  it('leaves copies out through the index of copies, reading no record row for the walked records', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 40; i++) await store.put(inLagos(i));
    await store.close();
    // The newest record a copy of the first (as near-duplicate detection marks one).
    await runOnPostgres(location, [
      `UPDATE records SET duplicate_of = (SELECT id FROM records WHERE seq = 1) WHERE seq = 40`,
      'VACUUM ANALYZE',
    ]);
    const { pool, db, statements } = loggedPostgres(location);
    try {
      const page = await searchRecords(db, { entity: 'Lagos', limit: 20 }, BOUNDS);
      // Past the cap: the total is a lower bound, and the page comes from the date walk.
      expect(page.total).toBe(10);
      expect(page.totalRelation).toBe('gte');
      const seqs = await seqsOfHits(pool, page.hits);
      expect(seqs).not.toContain(40);
      expect(seqs).toHaveLength(20);
      // The statement that keeps the walked records (given as an array of seqs) reads no record row.
      const kept = statements.filter((s) => /::int\[\]/.test(s.sql) && /duplicate_of/.test(s.sql));
      expect(kept.length).toBeGreaterThan(0);
      for (const s of kept) {
        const plan = (await planLines(pool, s)).join('\n');
        expect(plan).not.toMatch(/records_pkey|on records r\b/);
      }
    } finally {
      await db.destroy();
    }
  });

  it('with another filter, keeps only the walked records that meet it', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 12; i++)
      await store.put({ ...inLagos(i), published: i % 2 === 0 ? '2023-05-01' : '2021-02-01' });
    await store.close();
    const { db } = loggedPostgres(location);
    try {
      const page = await searchRecords(db, { entity: 'Lagos', since: '2023-01-01', limit: 20 }, BOUNDS);
      expect(page.total).toBe(6);
      expect(page.hits.every((h) => h.published === '2023-05-01')).toBe(true);
    } finally {
      await db.destroy();
    }
  });
});
