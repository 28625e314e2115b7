// The SQLite store's source filter answered from its trigram index (src/store/sqlite/source-index.ts)
// finds exactly the records the substring test finds: LIKE's ASCII-only case folding (not
// Unicode's), addresses and paths, records replaced and removed, and an index the migration fills
// for records stored before it.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { sourcePhrase } from '../../src/store/sqlite/source-index.js';
import { plainRecord } from '../helpers/plain-record.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('dateline-source-index-');

/** Records with an address, or a path only, in mixed case and scripts. */
const SOURCES: { uri?: string; path: string }[] = [
  { uri: 'https://Site7.example/2024/a', path: 'a.html' },
  { uri: 'https://site70.example/2024/b', path: 'b.html' },
  // Dotted capital I and the Kelvin sign fold to "i" and "k" under Unicode's case folding, not LIKE's.
  { uri: 'https://s\u0130te7.example/c', path: 'c.html' },
  { uri: 'https://desk.example/\u212Aiev', path: 'd.html' },
  { path: 'desk/SITE7/notes.txt' },
  { path: '\u00C9mile/report.txt' },
  { path: 'say "hi"/x.txt' },
  { uri: 'https://news.example/50%_off', path: 'e.html' },
];

const QUERIES = [
  'site7',
  'SITE7',
  'Site70',
  'ite7.ex',
  'kiev',
  'Kiev',
  '\u212Aiev',
  '\u00E9mile',
  '\u00C9mile',
  '\u00C9MILE',
  'say "hi"',
  'desk',
  '.example/',
  'nothing here',
  // Answered by the substring test: too short for a trigram, or with LIKE's wildcards.
  'si',
  'site_',
  '50%',
];

function put(store: Store, i: number, s: { uri?: string; path: string }, text = `Report number ${i}.`) {
  return store.put(plainRecord(s.path, text, { source: { path: s.path, uri: s.uri, format: 'html' } }));
}

/** The ids the substring test finds, read beside the store. */
function likeIds(file: string, source: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    const pattern = `%${source}%`;
    return db
      .prepare<[string, string], { id: string }>(
        'SELECT id FROM records WHERE duplicate_of IS NULL AND (uri LIKE ? OR path LIKE ?) ORDER BY id',
      )
      .all(pattern, pattern)
      .map((r) => r.id);
  } finally {
    db.close();
  }
}

async function expectSameAsLike(store: Store, file: string): Promise<void> {
  for (const source of QUERIES) {
    const page = await store.search({ source, limit: 100 });
    expect(page.hits.map((h) => h.id).sort(), source).toEqual(likeIds(file, source));
    expect(page.total, source).toBe(page.hits.length);
    const exported: string[] = [];
    for await (const r of store.records({ source })) exported.push(r.id);
    expect(exported.sort(), `${source} (export)`).toEqual(likeIds(file, source));
  }
}

describe('the SQLite source index', () => {
  it('serves three characters or more without wildcards, ASCII letters lower-cased', () => {
    expect(sourcePhrase('Site7')).toBe('"site7"');
    expect(sourcePhrase('\u00C9mile')).toBe('"\u00C9mile"');
    expect(sourcePhrase('say "hi"')).toBe('"say ""hi"""');
    expect(sourcePhrase('si')).toBeNull();
    expect(sourcePhrase('site_')).toBeNull();
    expect(sourcePhrase('50%')).toBeNull();
  });

  it('finds the records LIKE finds, with text search too', async () => {
    const file = join(dir, 'like.db');
    const store = await openStore(file);
    try {
      for (const [i, s] of SOURCES.entries()) await put(store, i, s);
      // The index found something, and only what LIKE does (the Unicode-folded "sİte7" is not "site7").
      expect(likeIds(file, 'site7')).toHaveLength(3);
      await expectSameAsLike(store, file);
      const withText = await store.search({ text: 'report', source: 'SITE7' });
      expect(withText.hits.map((h) => h.id).sort()).toEqual(likeIds(file, 'SITE7'));
    } finally {
      await store.close();
    }
  });

  it('follows records replaced and removed', async () => {
    const file = join(dir, 'replace.db');
    const store = await openStore(file);
    try {
      for (const [i, s] of SOURCES.entries()) await put(store, i, s);
      // The same page with a new text replaces its record (the old one is removed).
      await put(store, 0, SOURCES[0], 'A corrected report.');
      await put(store, 4, SOURCES[4], 'Notes rewritten.');
      expect((await store.search({ source: 'site7' })).total).toBe(3);
      await expectSameAsLike(store, file);
      // The index holds the stored records only, so a source's count from it is the records'.
      const raw = new BetterSqlite3(file, { readonly: true });
      const indexed = raw
        .prepare(`SELECT count(*) AS n FROM records_source WHERE records_source MATCH '"site7"'`)
        .get();
      raw.close();
      expect(indexed).toEqual({ n: 3 });
    } finally {
      await store.close();
    }
  });

  it('is filled by its migration for records stored before it', async () => {
    const file = join(dir, 'migrate.db');
    const first = await openStore(file);
    for (const [i, s] of SOURCES.entries()) await put(first, i, s);
    await first.close();
    // The database as it was before migration 0015: records, no source index.
    const raw = new BetterSqlite3(file);
    raw.exec(`DROP TRIGGER records_source_insert; DROP TRIGGER records_source_delete; DROP TRIGGER records_source_update;
      DROP TABLE records_source; DROP VIEW records_source_text;
      DELETE FROM kysely_migration WHERE name = '0015-source-index';`);
    raw.close();
    const store = await openStore(file);
    try {
      await expectSameAsLike(store, file);
      expect((await store.search({ source: 'site7' })).total).toBe(3);
    } finally {
      await store.close();
    }
  });
});
