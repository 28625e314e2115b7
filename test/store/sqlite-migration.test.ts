// SQLite-only: a file a version-1 store left is upgraded when opened (migration 0004). The
// behaviour both stores share is in ./conformance.test.ts.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { recordFrom } from '../helpers/records.js';
import { tempDir } from '../helpers/tmp.js';

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
