// How the SQLite store lays out what a search's facets read (src/store/sqlite/migrations.ts, 0013):
// the facets' columns in the indexes on record_seq, so the facets of a sample come from the
// indexes alone, and the plans of the facet reads say so. And what a search's walk over the records
// reads (0014): their group and date from the index records_walk, not the table's rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { recordFrom } from '../helpers/records.js';
import { searchRecords } from '../../src/store/sqlite/search.js';
import type { Database } from '../../src/store/sql/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-sqlite-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite search storage', () => {
  it('keeps the facet columns in the record_seq indexes and reads the facets from them', async () => {
    const path = join(dir, 'store.db');
    await (await openStore(path)).close();
    const db = new BetterSqlite3(path, { readonly: true });
    try {
      const columns = (index: string) =>
        (db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).all(index) as { name: string }[]).map(
          (c) => c.name,
        );
      const onRecordSeq = (table: string) =>
        (db.prepare(`SELECT name FROM pragma_index_list(?)`).all(table) as { name: string }[])
          .map((i) => i.name)
          .filter((name) => columns(name)[0] === 'record_seq')
          .map((name) => [name, columns(name)]);
      expect(onRecordSeq('entities')).toEqual([['entities_record_facets', ['record_seq', 'type', 'key', 'name']]]);
      expect(onRecordSeq('events')).toEqual([['events_record_facets', ['record_seq', 'type', 'modality', 'cluster']]]);
      const plan = (query: string) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
      const sample = `record_seq IN (SELECT value FROM json_each('[1,2,3]'))`;
      expect(
        plan(`SELECT type, key, min(name), count(DISTINCT record_seq) FROM entities
              WHERE type IN ('PERSON', 'ORG') AND ${sample} GROUP BY type, key`),
      ).toMatch(/COVERING INDEX entities_record_facets/);
      expect(plan(`SELECT DISTINCT type, modality, cluster FROM events WHERE ${sample}`)).toMatch(
        /COVERING INDEX events_record_facets/,
      );
    } finally {
      db.close();
    }
  });

  it('walks the records of a text, date or indexed source search through records_walk, and of another source search through the table', async () => {
    const path = join(dir, 'walk.db');
    await (await openStore(path)).close();
    const sqlite = new BetterSqlite3(path, { readonly: true });
    const statements: { sql: string; parameters: readonly unknown[] }[] = [];
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: sqlite }),
      log: (e) => {
        statements.push({ sql: e.query.sql, parameters: e.query.parameters });
      },
    });
    const walkPlans = async (q: Parameters<typeof searchRecords>[1]) => {
      statements.length = 0;
      await searchRecords(db, q);
      return statements
        .filter((s) => /^SELECT (records_fts\.rowid AS seq(, bm25\(.*?\) AS score)?|r\.seq) FROM /.test(s.sql.trim()))
        .map((s) =>
          (sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.parameters) as { detail: string }[])
            .map((r) => r.detail)
            .join('\n'),
        );
    };
    try {
      const dated = await walkPlans({ text: 'council', since: '2023-01-01', until: '2023-12-31' });
      expect(dated.length).toBeGreaterThan(0);
      for (const plan of dated) expect(plan).toMatch(/COVERING INDEX records_walk/);
      for (const plan of await walkPlans({ since: '2023-01-01' })) expect(plan).toMatch(/COVERING INDEX records_walk/);
      // The entity facets read each sampled record's facet keys with one seek (migration 0016).
      statements.length = 0;
      await searchRecords(db, { text: 'council' });
      const facet = statements.find((s) => /FROM record_facets WHERE/.test(s.sql));
      expect(facet).toBeDefined();
      expect(
        (sqlite.prepare(`EXPLAIN QUERY PLAN ${facet!.sql}`).all(...facet!.parameters) as { detail: string }[])
          .map((r) => r.detail)
          .join('\n'),
      ).toMatch(/SEARCH record_facets USING PRIMARY KEY \(record_seq=\?\)/);
      // The years facet reads the sampled records' dates from the index the walk has just read.
      const years = statements.find((s) => /substr\(published, 1, 4\)/.test(s.sql));
      expect(
        (sqlite.prepare(`EXPLAIN QUERY PLAN ${years!.sql}`).all(...years!.parameters) as { detail: string }[])
          .map((r) => r.detail)
          .join('\n'),
      ).toMatch(/COVERING INDEX records_walk \(seq=\?\)/);
      // A source the trigram index answers (../../src/store/sqlite/source-index.ts) tests the seq
      // alone; one it cannot (two characters) tests the address, which records_walk does not hold.
      for (const plan of await walkPlans({ text: 'council', source: 'example' })) expect(plan).toMatch(/records_walk/);
      for (const plan of await walkPlans({ text: 'council', source: 'ex' })) expect(plan).not.toMatch(/records_walk/);
    } finally {
      await db.destroy();
    }
  });

  it('ranks the newest matches as it walks them when no near-duplicate copy matches, and by every copy when one does', async () => {
    const path = join(dir, 'rank.db');
    const store = await openStore(path);
    const texts = [
      'A heron waded in the reeds while gulls circled the pier.',
      'Heron, heron: the birdwatchers counted a heron at dawn.',
      'The tide came in over the dunes before noon.',
      'A grey heron stood on the sluice gate all morning.',
      'Gulls and a heron shared the mudflats at low tide.',
      'The heron count rose this spring, the warden said.',
    ];
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) {
      const r = recordFrom(text, { path: `heron-${i}.txt`, published: `2020-0${i + 1}-01` });
      await store.put(r);
      ids.push(r.id);
    }
    await store.close();
    const sqlite = new BetterSqlite3(path, { readonly: true });
    const statements: string[] = [];
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: sqlite }),
      log: (e) => {
        statements.push(e.query.sql);
      },
    });
    // The order bm25 gives (best first, ties newest first), read from the index directly.
    const byScore = () =>
      (
        sqlite
          .prepare(
            `SELECT r.id, bm25(records_fts, 5.0, 1.0, 2.0) AS score FROM records_fts JOIN records r ON r.seq = records_fts.rowid
             WHERE records_fts MATCH 'heron' ORDER BY score, records_fts.rowid DESC`,
          )
          .all() as { id: string; score: number }[]
      ).map((r) => ({ id: r.id, score: -r.score }));
    const bounded = () => statements.filter((s) => /records_fts MATCH/.test(s) && /rowid >=/.test(s)).length;
    try {
      const expected = byScore();
      expect(expected).toHaveLength(5);
      const page = await searchRecords(db, { text: 'heron' });
      expect(page.hits.map((h) => ({ id: h.id, score: h.score }))).toEqual(expected);
      expect((await searchRecords(db, { text: 'heron', offset: 1, limit: 2 })).hits.map((h) => h.id)).toEqual(
        expected.slice(1, 3).map((e) => e.id),
      );
      // No second pass over the index, bounded by the window's oldest record.
      expect(bounded()).toBe(0);
    } finally {
      await db.destroy();
    }
    // A copy of the third record that says "heron": its group is ranked by the copy's score, and its
    // snippet comes from the copy.
    const writer = await openStore(path);
    const copy = recordFrom(`${texts[2]} A heron, then another heron, then a third heron.`, {
      path: 'copy.txt',
      published: '2020-09-01',
    });
    await writer.put({ ...copy, duplicateOf: ids[2] });
    await writer.close();
    const again = new BetterSqlite3(path, { readonly: true });
    const db2 = new Kysely<Database>({ dialect: new SqliteDialect({ database: again }) });
    try {
      const copyScore = -(again
        .prepare(
          `SELECT bm25(records_fts, 5.0, 1.0, 2.0) FROM records_fts JOIN records r ON r.seq = records_fts.rowid
             WHERE records_fts MATCH 'heron' AND r.id = ?`,
        )
        .pluck()
        .get(copy.id) as number);
      const hits = (await searchRecords(db2, { text: 'heron' })).hits;
      expect(hits).toHaveLength(6);
      const group = hits.find((h) => h.id === ids[2]);
      expect(group?.score).toBe(copyScore);
      expect(group?.snippet).toContain('third [heron]');
      expect(hits.map((h) => h.score)).toEqual(hits.map((h) => h.score).sort((a, b) => b - a));
    } finally {
      await db2.destroy();
    }
  });
});
