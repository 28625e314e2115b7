// The PostgreSQL store's source filter from its trigram index (src/store/postgres/source-index.ts,
// migration 0018): it finds exactly the records the substring test (ILIKE) finds, in searches and
// exports, and the index's candidates for a source with punctuation in it are the records that
// hold it, not every record holding its words somewhere (pg_trgm's word trigrams alone).
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import type { CompiledQuery } from 'kysely';
import { openStore, type Store } from '../../src/store/index.js';
import { searchRecords } from '../../src/store/postgres/search.js';
import { indexedSource } from '../../src/store/postgres/source-index.js';
import { plainRecord } from '../helpers/plain-record.js';
import { freshPostgresDatabase, hasPostgres, loggedPostgres, runOnPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

/** Records with an address, or a path only, in mixed case and scripts. */
const SOURCES: { uri?: string; path: string }[] = [
  { uri: 'https://Site7.example/2024/a', path: 'a.html' },
  { uri: 'https://site70.example/2024/b', path: 'b.html' },
  { uri: 'https://s\u0130te7.example/c', path: 'c.html' },
  { uri: 'https://desk.example/\u212Aiev', path: 'd.html' },
  { path: 'desk/SITE7/notes.txt' },
  { path: '\u00C9mile/report.txt' },
  { path: 'say "hi"/x.txt' },
  { uri: 'https://news.example/50%_off', path: 'e.html' },
  { path: 'archive/pages/1.html' },
  { path: 'archive/pages/12.html' },
  { uri: 'https://a.example/Pages/1b', path: 'f.html' },
];

const QUERIES = [
  'site7',
  'SITE7',
  'Site70',
  'ite7.ex',
  'kiev',
  '\u212Aiev',
  '\u00E9mile',
  '\u00C9MILE',
  'say "hi"',
  'desk',
  '.example/',
  'pages/1',
  'es/1',
  's/1b',
  'nothing here',
  'html a',
  // Answered by the substring test: too short for a trigram, or with LIKE's wildcards.
  'si',
  'site_',
  '50%',
  'a\\b',
];

function put(store: Store, i: number, s: { uri?: string; path: string }) {
  return store.put(
    plainRecord(s.path, `Report number ${i}.`, { source: { path: s.path, uri: s.uri, format: 'html' } }),
  );
}

/** The ids the substring test finds, read beside the store. */
async function ilikeIds(location: string, source: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    const pattern = `%${source}%`;
    return (
      await client.query<{ id: string }>(
        'SELECT id FROM records WHERE duplicate_of IS NULL AND (uri ILIKE $1 OR path ILIKE $1) ORDER BY id',
        [pattern],
      )
    ).rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

/** The rows the plan's index scan gave and the rows its recheck removed, with the index in use. */
async function indexCandidates(pool: pg.Pool, statement: CompiledQuery): Promise<{ plan: string; removed: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    const rows = (await client.query(`EXPLAIN ANALYZE ${statement.sql}`, [...statement.parameters])).rows;
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    const removed = [...plan.matchAll(/Rows Removed by Index Recheck: (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    return { plan, removed };
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

describe.runIf(await hasPostgres())('the PostgreSQL source index', () => {
  it('serves three characters or more without wildcards or escapes', () => {
    expect(indexedSource('pages/1')).toBe(true);
    expect(indexedSource('\u00C9mi')).toBe(true);
    expect(indexedSource('si')).toBe(false);
    expect(indexedSource('site_')).toBe(false);
    expect(indexedSource('50%')).toBe(false);
    expect(indexedSource('a\\b')).toBe(false);
  });

  it('finds the records ILIKE finds, in searches with and without words and in exports', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    try {
      for (const [i, s] of SOURCES.entries()) await put(store, i, s);
      expect(await ilikeIds(location, 'pages/1')).toHaveLength(3);
      for (const source of QUERIES) {
        const expected = await ilikeIds(location, source);
        for (const text of [undefined, 'report']) {
          const page = await store.search({ text, source, limit: 100 });
          expect(page.hits.map((h) => h.id).sort(), `${source} ${text}`).toEqual(expected);
        }
        const exported: string[] = [];
        for await (const r of store.records({ source })) exported.push(r.id);
        expect(exported.sort(), `${source} (export)`).toEqual(expected);
      }
    } finally {
      await store.close();
    }
  });

  it('gives as candidates the records holding a source with punctuation, not all holding its words', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    try {
      for (const [i, s] of SOURCES.entries()) await put(store, i, s);
    } finally {
      await store.close();
    }
    // Paths that hold the words of "pages/1" ("pages", and a word starting with "1") but not the source.
    await runOnPostgres(location, [
      `INSERT INTO records (id, text_hash, source_key, path, format, authors, published, language, stored_at)
        SELECT 'made' || g, 'made' || g, 'made' || g, 'pages/x/' || g || '.html', 'html', '[]', '2019-06-01', 'en', '2024-01-01'
        FROM generate_series(100, 1999) g`,
      'VACUUM ANALYZE',
    ]);
    const { db, pool, statements } = loggedPostgres(location);
    try {
      const page = await searchRecords(db, { source: 'pages/1', limit: 100 });
      expect(page.hits.map((h) => h.id).sort()).toEqual(await ilikeIds(location, 'pages/1'));
      const listing = statements.filter((s) => /dateline_source_grams/.test(s.sql));
      expect(listing).toHaveLength(1);
      const { plan, removed } = await indexCandidates(pool, listing[0]);
      expect(plan).toMatch(/record_sources_grams/);
      expect(removed).toBe(0);
    } finally {
      await db.destroy();
    }
  });

  it('is filled by its migration for the records stored before it, and kept by triggers', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    try {
      for (const [i, s] of SOURCES.entries()) await put(store, i, s);
    } finally {
      await store.close();
    }
    await runOnPostgres(location, [
      'DROP TABLE record_sources',
      'DROP TRIGGER records_source ON records',
      'DROP FUNCTION note_record_source',
      'DROP FUNCTION dateline_source_grams',
      'CREATE INDEX records_uri_trgm ON records USING gin (uri gin_trgm_ops)',
      'CREATE INDEX records_path_trgm ON records USING gin (path gin_trgm_ops)',
      "DELETE FROM dateline_migration WHERE name = '0018-source-index'",
    ]);
    const again = await openStore(location);
    try {
      const page = await again.search({ source: 'pages/1' });
      expect(page.hits.map((h) => h.id).sort()).toEqual(await ilikeIds(location, 'pages/1'));
    } finally {
      await again.close();
    }
    // Addresses and paths changed in place, and a record removed, by SQL: the triggers follow.
    await runOnPostgres(location, [
      `UPDATE records SET path = 'moved/pages/1x.html' WHERE path = 'desk/SITE7/notes.txt'`,
      `UPDATE records SET uri = 'https://b.example/' WHERE uri = 'https://a.example/Pages/1b'`,
      `DELETE FROM record_json WHERE seq = (SELECT seq FROM records WHERE path = 'archive/pages/12.html')`,
      `DELETE FROM record_text WHERE seq = (SELECT seq FROM records WHERE path = 'archive/pages/12.html')`,
      `DELETE FROM records WHERE path = 'archive/pages/12.html'`,
    ]);
    const moved = await openStore(location);
    try {
      for (const source of ['pages/1', 'site7', 'a.example']) {
        const page = await moved.search({ source, limit: 100 });
        expect(page.hits.map((h) => h.id).sort(), source).toEqual(await ilikeIds(location, source));
      }
      expect(await ilikeIds(location, 'pages/1')).toHaveLength(2);
    } finally {
      await moved.close();
    }
  });
});
