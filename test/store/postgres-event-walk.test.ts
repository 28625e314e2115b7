// Event filters alone in the PostgreSQL store (src/store/postgres/event-walk.ts, migration 0019):
// the newest records with such an event come from the events' indexes by type or by modality, not
// from a walk down the records table reading each record's row and looking its events up; and a
// text search with one event filter asks the full-text index for the words and the event's lexeme
// (src/store/postgres/event-lexemes.ts) without reading record rows (the copies left out through
// the index of copies).
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { searchRecords } from '../../src/store/postgres/search.js';
import { plainRecord } from '../helpers/plain-record.js';
import { storedEventVector } from '../../src/store/postgres/event-lexemes.js';
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

/** 60 records, a third naming the council, record 30 an envoy; every other one has a strike (modality future on every fourth), record 58 a copy of record 1. */
async function strikeStore(): Promise<string> {
  const location = await newDatabase();
  const store = await openStore(location);
  for (let i = 1; i <= 60; i++)
    await store.put(
      plainRecord(
        `r${i}.txt`,
        `Dispatch ${i}: the ${i % 3 === 0 ? 'council' : 'market'} met.${i === 30 ? ' The envoy spoke.' : ''}`,
        {
          published: `2021-03-${(i % 28) + 1}`,
        },
      ),
    );
  await store.close();
  await runOnPostgres(location, [
    `INSERT INTO events (record_seq, local_id, type, modality, start, "end")
       SELECT seq, 'e' || k, 'PROTEST', CASE WHEN seq % 4 = 0 THEN 'future' ELSE 'asserted' END, 0, 1
       FROM records, generate_series(1, 2) k WHERE seq % 2 = 0`,
    // The records' vectors given their events' lexemes, as put writes them (src/store/postgres/event-lexemes.ts).
    `UPDATE record_text t SET fts = t.fts || ${storedEventVector('t.seq')}`,
    `UPDATE records SET duplicate_of = (SELECT id FROM records WHERE seq = 1) WHERE seq = 58`,
    'VACUUM ANALYZE',
  ]);
  return location;
}

/** The plans of the logged statements matching `pattern`, with scans of whole tables and bitmaps off (at 60 rows the planner's choice; at a million an index). */
async function plansOf(
  logged: ReturnType<typeof loggedPostgres>,
  pattern: RegExp,
): Promise<{ sql: string; plan: string }[]> {
  await logged.pool.query('SET enable_seqscan = off');
  await logged.pool.query('SET enable_bitmapscan = off');
  const out = [];
  for (const s of statementsRun(logged.statements, pattern))
    out.push({ sql: s.sql, plan: (await planLines(logged.pool, s)).join('\n') });
  return out;
}

describe.runIf(await hasPostgres())('PostgreSQL event filters alone', () => {
  it('lists the newest records of an event type from its index, copies left out', async () => {
    const location = await strikeStore();
    const logged = loggedPostgres(location);
    try {
      const page = await searchRecords(logged.db, { eventType: 'protest', limit: 20 }, BOUNDS);
      expect(page.total).toBe(10);
      expect(page.totalRelation).toBe('gte');
      const seqs = await seqsOfHits(logged.pool, page.hits);
      expect(seqs).toHaveLength(20);
      expect(seqs.every((s) => s % 2 === 0)).toBe(true);
      expect(seqs).not.toContain(58);
      // The newest records come from the events by type, newest first; the records table is not walked.
      expect(logged.statements.some((s) => /FROM records r WHERE .*ORDER BY r\.seq DESC/s.test(s.sql))).toBe(false);
      const listed = await plansOf(logged, /FROM events e WHERE .*ORDER BY e\.record_seq DESC/s);
      expect(listed.length).toBeGreaterThan(0);
      for (const l of listed) expect(l.plan).toMatch(/Index Only Scan Backward using events_type_seq/);
    } finally {
      await logged.db.destroy();
    }
  });

  it('with type and modality, or the modality alone, finds the records with such an event', async () => {
    const location = await strikeStore();
    const logged = loggedPostgres(location);
    try {
      for (const q of [{ eventType: 'PROTEST', modality: 'future' }, { modality: 'future' }]) {
        const page = await searchRecords(logged.db, { ...q, limit: 20 }, { ...BOUNDS, totalCap: 20 });
        // Records 4, 8, ..., 60.
        expect(page.total).toBe(15);
        const seqs = await seqsOfHits(logged.pool, page.hits);
        expect(seqs.sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, k) => 4 * (k + 1)));
      }
      const listed = await plansOf(logged, /FROM events e WHERE .*ORDER BY e\.record_seq DESC/s);
      expect(listed.some((l) => /Index Only Scan Backward using events_modality_seq/.test(l.plan))).toBe(true);
    } finally {
      await logged.db.destroy();
    }
  });

  it('tests the words with the event lexeme, reading no record row and listing no event', async () => {
    const location = await strikeStore();
    const logged = loggedPostgres(location);
    try {
      const page = await searchRecords(logged.db, { text: 'council', modality: 'future', limit: 20 }, BOUNDS);
      // Records 12, 24, 36, 48 and 60 name the council and have a future strike.
      expect((await seqsOfHits(logged.pool, page.hits)).sort((a, b) => a - b)).toEqual([12, 24, 36, 48, 60]);
      expect(page.total).toBe(5);
      const walks = await plansOf(logged, /FROM record_text t\b/);
      expect(walks.length).toBeGreaterThan(0);
      // One event filter: its lexeme asked with the words (src/store/postgres/event-lexemes.ts).
      for (const w of walks) {
        expect(w.sql).not.toMatch(/JOIN records r|FROM events e/);
        expect(w.plan).not.toMatch(/records_pkey|on records r\b|events/);
      }
    } finally {
      await logged.db.destroy();
    }
  });

  it('finds words rarer than the event with the event lexeme in the words query', async () => {
    const location = await strikeStore();
    const logged = loggedPostgres(location);
    try {
      // Record 30 holds the envoy and an asserted strike; no record holds the other word.
      const strike = await searchRecords(logged.db, { text: 'envoy', eventType: 'PROTEST', limit: 20 }, BOUNDS);
      expect(await seqsOfHits(logged.pool, strike.hits)).toEqual([30]);
      expect((await searchRecords(logged.db, { text: 'envoy', modality: 'future' }, BOUNDS)).total).toBe(0);
      expect((await searchRecords(logged.db, { text: 'zzzqqq', modality: 'future' }, BOUNDS)).total).toBe(0);
      // No range lists the event's records to test their vectors one by one.
      const walks = logged.statements.filter(
        (s) => /FROM record_text t\b/.test(s.sql) && /ORDER BY t\.seq DESC/.test(s.sql),
      );
      expect(walks.length).toBeGreaterThan(0);
      for (const w of walks) {
        expect(w.sql).not.toMatch(/ANY\(ARRAY\(SELECT e\.record_seq|FROM events e/);
        expect(w.parameters.some((p) => p === "'~t:PROTEST'" || p === "'~m:future'")).toBe(true);
      }
    } finally {
      await logged.db.destroy();
    }
  });
});
