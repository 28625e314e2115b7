// Search across spellings on a real SQLite file: "Erdogan" finds "Erdoğan" and the reverse,
// letters with no decomposition (ł, đ, ı, ə) and decomposed (NFD) text included; snippets mark
// the word as written; a database from before the folded index is migrated to it.
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { recordFrom } from '../helpers/records.js';
import { tempDir } from '../helpers/tmp.js';

const TURKISH = 'Turkish President Recep Tayyip Erdoğan met Polish President Andrzej Duda in Łódź on Monday.';
const SERBIAN = 'Novak Đoković won in Constanța, and İlham Əliyev watched from Şanlıurfa.';
const DECOMPOSED = 'Antonín Dvořák was played in Plzeň on Friday.'.normalize('NFD');
const GREEK = 'Greek Prime Minister Κυριάκος Μητσοτάκης spoke in Αθήνα.';

async function filled(path: string) {
  const store = await openStore(path);
  for (const [i, text] of [TURKISH, SERBIAN, DECOMPOSED, GREEK].entries())
    await store.put(recordFrom(text, { path: `${i}.txt` }));
  return store;
}

/** The snippets of a query's hits, composed (NFC), with adjacent marked words as one mark ("[İlham Əliyev]"). */
const snippets = async (store: Awaited<ReturnType<typeof openStore>>, text: string) =>
  (await store.search({ text })).hits.map((h) => h.snippet.normalize('NFC').replaceAll('] [', ' '));

describe('search across spellings', () => {
  const dir = tempDir();

  it('finds each name by its ASCII spelling and by its native one, and marks it as written', async () => {
    const store = await filled(join(dir, 'a.db'));
    const cases: [string, string, string][] = [
      ['Erdogan', 'Erdoğan', '[Erdoğan]'],
      ['Lodz', 'Łódź', '[Łódź]'],
      ['Dokovic', 'Đoković', '[Đoković]'],
      ['Constanta', 'Constanţa', '[Constanța]'],
      ['Ilham Eliyev', 'İlham Əliyev', '[İlham Əliyev]'],
      ['Sanliurfa', 'Şanlıurfa', '[Şanlıurfa]'],
      ['Dvorak', 'Dvořák', '[Dvořák]'],
      ['Plzen', 'Plzeň', '[Plzeň]'],
      ['μητσοτακης', 'ΜΗΤΣΟΤΆΚΗΣ', '[Μητσοτάκης]'],
    ];
    for (const [ascii, native, marked] of cases) {
      for (const q of [ascii, native, native.normalize('NFD'), `"${native}"`]) {
        const found = await snippets(store, q);
        expect(found, q).toHaveLength(1);
        expect(found[0], q).toContain(marked);
      }
    }
    expect(await snippets(store, 'Erdog*')).toHaveLength(1);
    expect(await snippets(store, 'Djokovic')).toHaveLength(0); // a transliteration, not a spelling: not folded
    await store.close();
  });

  it('removes a replaced record from the folded index', async () => {
    const path = join(dir, 'b.db');
    const store = await filled(path);
    await store.put(
      recordFrom('Turkish President Recep Tayyip Erdoğan met Polish President Andrzej Duda in Gdańsk on Monday.', {
        path: '0.txt',
      }),
    );
    expect(await snippets(store, 'Lodz')).toHaveLength(0);
    expect(await snippets(store, 'Gdansk')).toEqual([expect.stringContaining('[Gdańsk]')]);
    await store.close();
    // The index itself, not only the joined records, no longer holds the replaced text's words.
    const check = new BetterSqlite3(path);
    expect(check.prepare(`SELECT count(*) AS n FROM records_fts WHERE records_fts MATCH '"lodz"'`).get()).toEqual({
      n: 0,
    });
    expect(check.prepare(`SELECT count(*) AS n FROM records_fts WHERE records_fts MATCH '"erdogan"'`).get()).toEqual({
      n: 1,
    });
    check.close();
  });

  it('moves a database indexed before folding to the folded index', async () => {
    const path = join(dir, 'c.db');
    (await filled(path)).close();
    // Put the index back as migration 0001 made it, with the text as written.
    const old = new BetterSqlite3(path);
    old.exec(`DROP TABLE records_fts;
      CREATE VIRTUAL TABLE records_fts USING fts5(title, text, authors, tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO records_fts(rowid, title, text, authors) SELECT seq, title, text, authors FROM records_search_text;
      DROP TABLE records_search_text;
      DELETE FROM kysely_migration WHERE name = '0005-folded-search';`);
    expect(old.prepare(`SELECT count(*) AS n FROM records_fts WHERE records_fts MATCH '"lodz"'`).get()).toEqual({
      n: 0,
    });
    old.close();
    const store = await openStore(path);
    expect(await snippets(store, 'Lodz')).toEqual([expect.stringContaining('[Łódź]')]);
    expect(await store.count()).toBe(4);
    await store.close();
  });
});
