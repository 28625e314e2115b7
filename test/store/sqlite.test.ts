// The SQLite store on a real database file: idempotent puts, duplicates, replacement of changed
// pages, search with filters, failures, and all-or-nothing writes.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { recordFrom } from '../helpers/records.js';
import { tempDir } from '../helpers/tmp.js';

const BASE = 'Russia will expand its military base in Tajikistan, officials in Dushanbe said on Monday.';
const OTHER = 'Flooding along the Mekong has displaced thousands of families in southern Laos, aid groups said.';

describe('SQLite store', () => {
  const dir = tempDir();

  it('stores a record once and reports unchanged on the second put', async () => {
    const store = await openStore(join(dir, 'a.db'));
    const r = recordFrom(BASE, { path: 'a.txt', published: '2022-02-17' });
    expect((await store.put(r)).status).toBe('new');
    expect((await store.put(r)).status).toBe('unchanged');
    expect(await store.count()).toBe(1);
    expect((await store.get(r.id))?.text).toBe(BASE);
    expect(await store.resolveId(r.id.slice(0, 6))).toBe(r.id);
    await store.close();
  });

  it('keeps one copy of the same text from two sources, and replaces a changed page', async () => {
    const store = await openStore(join(dir, 'b.db'));
    const first = recordFrom(BASE, { path: 'one.txt' });
    expect((await store.put(first)).status).toBe('new');
    const twin = await store.put(recordFrom(`  ${BASE.toUpperCase()} `, { path: 'two.txt' }));
    expect(twin).toMatchObject({ status: 'duplicate', duplicateOf: first.id });
    const changed = recordFrom(BASE + ' More later.', { path: 'one.txt' });
    expect((await store.put(changed)).status).toBe('updated');
    expect(await store.count()).toBe(1);
    expect(await store.get(first.id)).toBeNull();
    await store.close();
  });

  it('searches text with phrases, prefixes and filters, with snippets and facets', async () => {
    const store = await openStore(join(dir, 'c.db'));
    await store.put(recordFrom(BASE, { path: 'a.txt', published: '2022-02-17' }));
    await store.put(recordFrom(OTHER, { path: 'b.txt', published: '2021-06-01' }));
    const hit = await store.search({ text: '"military base"' });
    expect(hit.total).toBe(1);
    expect(hit.hits[0].snippet).toContain('[military base]');
    expect((await store.search({ text: 'milit*' })).total).toBe(1);
    expect((await store.search({ text: 'military', since: '2022-03-01' })).total).toBe(0);
    expect((await store.search({ until: '2021' })).total).toBe(1);
    expect((await store.search({ source: 'b.txt' })).hits[0].published).toBe('2021-06-01');
    expect((await store.search({ text: 'said' })).total).toBe(2);
    expect((await store.search({ text: 'AND OR "unbalanced' })).total).toBe(0);
    const all = await store.search({});
    expect(all.facets.years.map((f) => f.value)).toEqual(['2022', '2021']);
    const exported = [];
    for await (const r of store.records()) exported.push(r.published);
    expect(exported).toEqual(['2021-06-01', '2022-02-17']);
    await store.close();
  });

  it('records failures and clears them', async () => {
    const store = await openStore(join(dir, 'd.db'));
    await store.recordFailure('x.html', 'empty input');
    await store.recordFailure('x.html', 'empty input');
    expect(await store.failures()).toMatchObject([{ input: 'x.html', attempts: 2 }]);
    await store.clearFailure('x.html');
    expect(await store.failures()).toEqual([]);
    await store.close();
  });

  it('writes a record all or nothing', async () => {
    const path = join(dir, 'e.db');
    const store = await openStore(path);
    await store.close();
    // A trigger that fails the entity rows, after the record and its full-text row are written.
    const db = new BetterSqlite3(path);
    db.exec(`CREATE TRIGGER refuse AFTER INSERT ON entities WHEN NEW.name = 'Refusia' BEGIN SELECT RAISE(ABORT, 'refused by test'); END`);
    db.close();
    const again = await openStore(path);
    const doomed = { ...recordFrom(BASE, { path: 'doomed.txt' }), entities: [{ id: 'e1', type: 'GPE' as const, name: 'Refusia', aliases: [], mentions: [[0, 6] as const] }] };
    await expect(again.put(doomed)).rejects.toThrow(/refused by test/);
    expect(await again.count()).toBe(0);
    expect((await again.search({ text: 'military' })).total).toBe(0);
    expect((await again.put(recordFrom(OTHER, { path: 'fine.txt' }))).status).toBe('new');
    await again.close();
    const check = new BetterSqlite3(path, { readonly: true });
    expect(check.prepare('SELECT count(*) AS n FROM records_fts').get()).toEqual({ n: 1 });
    check.close();
  });
});

describe('SQLite store migration to record schema 2', () => {
  const dir = tempDir();

  it('rewrites stored version-1 records and gives their quotes pieces', async () => {
    const path = join(dir, 'v1.db');
    const store = await openStore(path);
    const r = recordFrom('“We will not leave the region,” Sergey Markov said on Monday.', { path: 'v1.txt' });
    await store.put(r);
    await store.close();
    // Make the file what a version-1 store left: records without schemaVersion, one span per content.
    const sqlite = new BetterSqlite3(path);
    const { schemaVersion: _, ...v1 } = { ...r, quotes: r.quotes.map((q) => ({ ...q, content: { text: q.content.text, span: q.content.span } })) };
    sqlite.prepare('UPDATE record_json SET json = ?').run(JSON.stringify(v1));
    sqlite.exec("ALTER TABLE quotes DROP COLUMN pieces; DELETE FROM kysely_migration WHERE name = '0004-quote-pieces'");
    sqlite.close();

    const reopened = await openStore(path);
    const got = await reopened.get(r.id);
    expect(got?.schemaVersion).toBe(2);
    expect(got?.quotes[0].content.spans).toEqual([{ text: r.quotes[0].content.text, span: r.quotes[0].content.span }]);
    const hits = await reopened.quotes({ speaker: 'Markov' });
    expect(hits.quotes[0].pieces).toEqual([r.quotes[0].content.span]);
    await reopened.close();
  });
});
