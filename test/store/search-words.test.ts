// The PostgreSQL store's list of indexed words (src/store/postgres/vocabulary.ts), by which a search
// refuses a prefix that stands for too many words: a database from before the list existed gets it
// filled from its stored records when it is opened.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { recordFrom } from '../helpers/records.js';
import { freshPostgresDatabase, hasPostgres, runOnPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

describe.runIf(await hasPostgres())('PostgreSQL search words', () => {
  it('are filled from the stored records by the migration', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    const words = Array.from({ length: 1_200 }, (_, i) => `zq${i.toString(36)}`).join(' ');
    await store.put(recordFrom(words, { path: 'made-up.txt' }));
    await store.close();
    // The database as it was before migration 0006: no list of words.
    await runOnPostgres(location, [
      'DROP TABLE search_words',
      `DELETE FROM dateline_migration WHERE name = '0006-search-words'`,
    ]);

    const reopened = await openStore(location);
    try {
      await expect(reopened.search({ text: 'zq*' })).rejects.toThrow(/starts more than 1000 different words/);
      expect((await reopened.search({ text: 'zq1*' })).total).toBe(1);
    } finally {
      await reopened.close();
    }
  });
});
