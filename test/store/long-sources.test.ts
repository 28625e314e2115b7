// A record whose address, path or body link is longer than a btree entry holds (about 2,700 bytes
// after compression: random characters do not compress) is stored by both stores, found by its
// words, its source and its address, and the records after it go on. PostgreSQL's indexes on
// those keys hold their hashes (migration 0023) and the source walk lists such records apart
// (src/store/postgres/source-walk.ts); SQLite's indexes have no such limit. The ingest bookkeeping
// of an input with a long key or address is kept too (migration 0024). A page whose one
// capitalised word is longer than any name gives no entity of it, so its record is stored too.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { plainRecord } from '../helpers/plain-record.js';
import { recordFrom } from '../helpers/records.js';
import { MAX_NAME_LENGTH } from '../../src/analyze/components/entities/overlong-names.js';
import { storeKinds } from '../helpers/stores.js';

/** Text no compression shortens: random bytes in hex. */
const noise = (bytes: number) => randomBytes(bytes).toString('hex');

describe.each(await storeKinds())('$name store: long sources', (kind) => {
  it('stores records with a long address, a long path and a long link, and finds them', async () => {
    const { store } = await kind.open();
    const longUri = `https://news.example/story?ref=${noise(2_000)}`;
    const longPath = `archive/${noise(1_600)}/${noise(100)}.html`;
    const longLink = `https://elsewhere.example/cited?q=${noise(2_000)}`;
    const text = 'The harbour board of Qarlotsk met on Monday.';
    const records = [
      plainRecord('first.html', `${text} First.`, { source: { path: 'first.html', uri: longUri, format: 'html' } }),
      plainRecord(longPath, `${text} Second.`),
      plainRecord('third.html', `${text} Third, citing the minutes.`, {
        links: [{ url: longLink, text: 'minutes', span: [19, 26], internal: false, sentence: { text, span: [0, 10] } }],
      }),
      plainRecord('fourth.html', `${text} Fourth.`),
    ];
    try {
      for (const r of records) expect((await store.put(r)).status).toBe('new');
      // Stored again, the same: unchanged (the source key found again by equality).
      for (const r of records) expect((await store.put(r)).status).toBe('unchanged');
      const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort();
      expect(ids((await store.search({ text: 'Qarlotsk' })).hits)).toEqual(ids(records));
      expect(ids((await store.search({ source: 'news.example/story' })).hits)).toEqual([records[0].id]);
      expect(ids((await store.search({ source: 'ARCHIVE/' })).hits)).toEqual([records[1].id]);
      // The long address and path among records that fit: newest first, all of them.
      const all = await store.search({ source: 'html' });
      expect(ids(all.hits)).toEqual(ids([records[0], records[1], records[2], records[3]]));
      expect((await store.get(records[0].id))?.source.uri).toBe(longUri);
      expect((await store.externalLinks()).map((l) => l.url)).toEqual([longLink]);
    } finally {
      await store.close();
    }
  });

  it('keeps the ingest bookkeeping of an input whose key or address is longer than an index entry', async () => {
    const { store } = await kind.open();
    const longKey = `pages/${noise(2_000)}.html`;
    const longUrl = `https://news.example/story?ref=${noise(2_000)}`;
    const state = store.ingestState;
    try {
      expect(await state.isDone(longKey)).toBe(false);
      await state.markDone(longKey, 'v1', 'r1');
      expect(await state.isDone(longKey, 'v1')).toBe(true);
      expect(await state.isDone(longKey, 'v2')).toBe(false);
      // Marked again (a changed input): one row, the new version.
      await state.markDone(longKey, 'v2', 'r2');
      expect(await state.isDone(longKey, 'v2')).toBe(true);
      expect(await state.isDone(longKey, 'v1')).toBe(false);
      // A key that shares the long key's start is another input.
      expect(await state.isDone(`${longKey}x`)).toBe(false);
      await state.markDone('short.html', undefined, undefined);
      expect(await state.isDone('short.html')).toBe(true);

      expect(await state.validators(longUrl)).toBeUndefined();
      await state.saveValidators(longUrl, { etag: '"a"' });
      expect(await state.validators(longUrl)).toEqual({ etag: '"a"' });
      await state.saveValidators(longUrl, { lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT' });
      expect(await state.validators(longUrl)).toEqual({ lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT' });
      expect(await state.validators(`${longUrl}x`)).toBeUndefined();

      // A long input that failed: listed once with its attempts, and cleared.
      await store.recordFailure(longKey, 'unreadable');
      await store.recordFailure(longKey, 'still unreadable');
      await store.recordFailure('short.html', 'unreadable');
      expect((await store.failures()).map((f) => [f.input, f.reason, f.attempts])).toEqual([
        [longKey, 'still unreadable', 2],
        ['short.html', 'unreadable', 1],
      ]);
      await store.clearFailure(`${longKey}x`);
      await store.clearFailure(longKey);
      expect((await store.failures()).map((f) => f.input)).toEqual(['short.html']);
    } finally {
      await store.close();
    }
  });

  it('stores the record of a page whose capitalised word is longer than any name', async () => {
    const { store } = await kind.open();
    const word = `Q${'x'.repeat(3_000)}`;
    const record = recordFrom(`The board of ${word} met on Monday in Qarlotsk. It said the port would open.`, {
      path: 'long-word.txt',
    });
    try {
      expect(record.entities.every((e) => e.name.length <= MAX_NAME_LENGTH)).toBe(true);
      expect((await store.put(record)).status).toBe('new');
      expect((await store.search({ text: 'Qarlotsk' })).hits.map((h) => h.id)).toEqual([record.id]);
    } finally {
      await store.close();
    }
  });
});
