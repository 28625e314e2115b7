// SQLite-only: files version-1 and version-2 stores left are upgraded when opened (migrations 0004, 0006, 0007). The
// behaviour both stores share is in ./conformance.test.ts.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { RECORD_SCHEMA_VERSION } from '../../src/record/types.js';
import { recordFrom } from '../helpers/records.js';
import { tempDir } from '../helpers/tmp.js';
import { citingCorpus } from '../helpers/citing-pages.js';

describe('SQLite store migrations to record schemas 2, 3 and 4', () => {
  const dir = tempDir();

  it('rewrites stored version-1 records and gives their quotes pieces', async () => {
    const path = join(dir, 'v1.db');
    const store = await openStore(path);
    const r = recordFrom('“We will not leave the region,” Sergey Markov said on Monday.', { path: 'v1.txt' });
    await store.put(r);
    await store.close();
    // Make the file what a version-1 store left: records without schemaVersion, one span per content.
    const sqlite = new BetterSqlite3(path);
    const { schemaVersion: _, ...v1 } = {
      ...r,
      quotes: r.quotes.map((q) => ({ ...q, content: { text: q.content.text, span: q.content.span } })),
    };
    sqlite.prepare('UPDATE record_json SET json = ?').run(JSON.stringify(v1));
    sqlite.exec("ALTER TABLE quotes DROP COLUMN pieces; DELETE FROM kysely_migration WHERE name = '0004-quote-pieces'");
    sqlite.close();

    const reopened = await openStore(path);
    const got = await reopened.get(r.id);
    expect(got?.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
    expect(got?.quotes[0].content.spans).toEqual([{ text: r.quotes[0].content.text, span: r.quotes[0].content.span }]);
    const hits = await reopened.quotes({ speaker: 'Markov' });
    expect(hits.quotes[0].pieces).toEqual([r.quotes[0].content.span]);
    await reopened.close();
  });

  it('rewrites stored version-2 records and gives their times a TimeML type', async () => {
    const path = join(dir, 'v2.db');
    const store = await openStore(path);
    const r = recordFrom('Talks began on Dec. 26 at 6:05 p.m. and have recently stalled.', {
      path: 'v2.txt',
      published: '2022-02-17',
    });
    expect(r.times.some((t) => t.type === 'TIME')).toBe(true);
    await store.put(r);
    await store.close();
    // Make the file what a version-2 store left: times without a type.
    const sqlite = new BetterSqlite3(path);
    const v2 = { ...r, schemaVersion: 2, times: r.times.map(({ type: _, anchorKind: _k, tense: _t, ...t }) => t) };
    sqlite.prepare('UPDATE record_json SET json = ?').run(JSON.stringify(v2));
    sqlite.exec("DELETE FROM kysely_migration WHERE name = '0006-time-types'");
    sqlite.close();

    const reopened = await openStore(path);
    const got = await reopened.get(r.id);
    expect(got?.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
    expect(got?.times.map((t) => [t.value, t.type])).toEqual(r.times.map((t) => [t.value, t.type]));
    await reopened.close();
  });

  it('rewrites stored version-3 records with an empty list of links', async () => {
    const path = join(dir, 'v3.db');
    const store = await openStore(path);
    const r = recordFrom('The ministry said on Monday that the road would reopen.', { path: 'v3.txt' });
    await store.put(r);
    await store.close();
    const sqlite = new BetterSqlite3(path);
    const { links: _, ...v3 } = { ...r, schemaVersion: 3 };
    sqlite.prepare('UPDATE record_json SET json = ?').run(JSON.stringify(v3));
    sqlite.exec("DELETE FROM kysely_migration WHERE name = '0007-links'");
    sqlite.close();

    const reopened = await openStore(path);
    const got = await reopened.get(r.id);
    expect(got?.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
    expect(got?.links).toEqual([]);
    await reopened.close();
  });

  it('indexes the links and addresses of records stored before the citation tables', async () => {
    const path = join(dir, 'links.db');
    const store = await openStore(path);
    const { digest, report, blog } = citingCorpus();
    for (const r of [digest, report, blog]) await store.put(r);
    await store.close();
    const sqlite = new BetterSqlite3(path);
    sqlite.exec("DROP TABLE links; DROP TABLE record_urls; DELETE FROM kysely_migration WHERE name = '0008-citations'");
    sqlite.close();

    const reopened = await openStore(path);
    expect((await reopened.citations(report.id))!.citedBy.map((c) => c.recordId)).toEqual([digest.id, blog.id]);
    await reopened.close();
  });
});
