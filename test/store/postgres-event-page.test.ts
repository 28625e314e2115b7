// A page by date with an event filter in the PostgreSQL store (src/store/postgres/search.ts): past
// the cap, where the event's records are common, the page walks the date index testing each
// record's own events, not the list of every record with an event of the type hashed first (at a
// million records: 66,000 protest records hashed, 0.5 s, for a page met within 800 records). Below
// the cap the page is taken from the matches found, and the hits are those of the filter either way.
import { describe, expect, it } from 'vitest';
import { storedEventVector } from '../../src/store/postgres/event-lexemes.js';
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

describe.runIf(await hasPostgres())('PostgreSQL page by date with an event filter', () => {
  it('tests each record for the event past the cap, with the hits of the filter', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 80; i++)
      await store.put(
        plainRecord(`r${i}.txt`, `Dispatch ${i}: the market reopened.`, { published: `2021-02-${(i % 28) + 1}` }),
      );
    await store.close();
    // Every other record has a protest event (the events table as the analysis fills it).
    await runOnPostgres(location, [
      `INSERT INTO events (record_seq, local_id, type, modality, start, "end")
         SELECT seq, 'e1', 'PROTEST', 'asserted', 0, 1 FROM records WHERE seq % 2 = 0`,
      'VACUUM ANALYZE',
    ]);
    const { pool, db, statements } = loggedPostgres(location);
    try {
      const page = await searchRecords(db, { eventType: 'protest', limit: 5 }, BOUNDS);
      expect(page.totalRelation).toBe('gte');
      expect(page.hits).toHaveLength(5);
      const seqs = await seqsOfHits(pool, page.hits);
      expect(seqs.every((s) => s % 2 === 0)).toBe(true);
      const pageStatement = statements.find((s) => /ORDER BY r\.published DESC/.test(s.sql));
      expect(pageStatement).toBeDefined();
      // The plan the planner would give it: no hashed list of the type's records.
      const plan = (await planLines(pool, pageStatement!)).join('\n');
      expect(plan).not.toMatch(/hashed SubPlan/);
    } finally {
      await db.destroy();
    }
  });

  it('tests the words only on the records an event lists, walking the newest records', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 80; i++)
      await store.put(
        plainRecord(`r${i}.txt`, `Dispatch ${i}: the ${i % 3 === 0 ? 'council' : 'market'} met.`, {
          published: `2021-02-${(i % 28) + 1}`,
        }),
      );
    await store.close();
    await runOnPostgres(location, [
      `INSERT INTO events (record_seq, local_id, type, modality, start, "end")
         SELECT seq, 'e1', 'PROTEST', CASE WHEN seq % 2 = 0 THEN 'future' ELSE 'asserted' END, 0, 1 FROM records`,
      // The vectors given their events' lexemes, as put writes them (src/store/postgres/event-lexemes.ts).
      `UPDATE record_text t SET fts = t.fts || ${storedEventVector('t.seq')}`,
      'VACUUM ANALYZE',
    ]);
    const { pool, db, statements } = loggedPostgres(location);
    try {
      const page = await searchRecords(db, { text: 'council', modality: 'future', limit: 50 }, BOUNDS);
      // Every hit has the word and the modality; the total counts them all, up to the cap.
      const expected = (
        await pool.query<{ id: string }>(
          `SELECT id FROM records r JOIN record_text t ON t.seq = r.seq WHERE r.seq % 2 = 0 AND t.body LIKE '%council%'`,
        )
      ).rows.map((r) => r.id);
      expect(page.hits.length).toBeGreaterThan(0);
      expect(page.hits.every((h) => expected.includes(h.id))).toBe(true);
      expect(page.total).toBe(Math.min(expected.length, BOUNDS.totalCap));
      // One event filter: the walk tests the words and the event's lexeme together in each
      // record's vector (src/store/postgres/event-lexemes.ts), listing no event.
      const walks = statementsRun(statements, /FROM record_text t\b/);
      expect(walks.length).toBeGreaterThan(0);
      for (const walk of walks) {
        expect(walk.sql).not.toMatch(/FROM events e/);
        expect(walk.parameters).toContain("'~m:future'");
      }
    } finally {
      await db.destroy();
    }
  });
});
