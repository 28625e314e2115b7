// Search over near-duplicates, in both stores (issue 11): a word only a near-duplicate has finds its
// group, shown once as the group's first record with the snippet from the copy that has the word;
// and (PostgreSQL) a search past the time limit is refused with SearchTimeoutError, and a server's
// search connections are open before its first search.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { SearchTimeoutError, openStore } from '../../src/store/index.js';
import { SEARCH_APPLICATION_NAME, openPostgresStore } from '../../src/store/postgres/index.js';
import { recordFrom } from '../helpers/records.js';
import { storeKinds } from '../helpers/stores.js';

const KINDS = await storeKinds();
const BASE =
  'Russia will expand its military base in Tajikistan, officials in Dushanbe said on Monday, after talks that lasted two days.';

describe.each(KINDS)('near-duplicates in search: $name store', (kind) => {
  it("finds a group by a word only its near-duplicate has, once, as the group's first record", async () => {
    const { store } = await kind.open();
    try {
      const head = recordFrom(BASE, { path: 'head.txt', published: '2022-02-17' });
      await store.put(head);
      const copy = recordFrom(`${BASE} A correspondent in Khorog added details.`, {
        path: 'copy.txt',
        published: '2022-02-18',
      });
      await store.put({ ...copy, duplicateOf: head.id });
      const only = await store.search({ text: 'Khorog' });
      expect(only.total).toBe(1);
      expect(only.hits.map((h) => h.id)).toEqual([head.id]);
      expect(only.hits[0].snippet).toContain('[Khorog]');
      // A word both have: still one hit, the first record.
      const both = await store.search({ text: 'Dushanbe' });
      expect(both.total).toBe(1);
      expect(both.hits.map((h) => h.id)).toEqual([head.id]);
    } finally {
      await store.close();
    }
  });

  it("finds a group through a store's first copy, after searches over a store that had none", async () => {
    // The PostgreSQL store skips the copies' join while the store has no copies: the first one must count at once.
    const { store } = await kind.open();
    try {
      const head = recordFrom(BASE, { path: 'head.txt', published: '2022-02-17' });
      await store.put(head);
      expect((await store.search({ text: 'Khorog' })).total).toBe(0);
      expect((await store.search({ text: 'Dushanbe' })).total).toBe(1);
      const copy = recordFrom(`${BASE} A correspondent in Khorog added details.`, {
        path: 'copy.txt',
        published: '2022-02-18',
      });
      await store.put({ ...copy, duplicateOf: head.id });
      expect((await store.search({ text: 'Khorog' })).hits.map((h) => h.id)).toEqual([head.id]);
      const exported: string[] = [];
      for await (const r of store.records({ text: 'Khorog' })) exported.push(r.id);
      expect(exported).toEqual([head.id]);
    } finally {
      await store.close();
    }
  });
});

describe.runIf(KINDS.some((k) => k.name === 'postgres'))('PostgreSQL search time limit', () => {
  it('refuses a search that runs past the limit, and answers the next one', async () => {
    const kind = KINDS.find((k) => k.name === 'postgres')!;
    const { store: first, location } = await kind.open();
    await first.put(recordFrom(BASE, { path: 'a.txt' }));
    await first.close();
    const store = await openPostgresStore(location, { searchLimitMs: 300 });
    // Another session holds the records table: the search waits on the lock until the limit stops it.
    const blocker = new pg.Client({ connectionString: location });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE records IN ACCESS EXCLUSIVE MODE');
      await expect(store.search({ text: 'Dushanbe' })).rejects.toBeInstanceOf(SearchTimeoutError);
      await blocker.query('ROLLBACK');
      expect((await store.search({ text: 'Dushanbe' })).total).toBe(1);
    } finally {
      await blocker.end();
      await store.close();
    }
  });
});

describe.runIf(KINDS.some((k) => k.name === 'postgres'))('PostgreSQL search connections', () => {
  it('opens as many search connections as a server has search threads, before any search', async () => {
    const kind = KINDS.find((k) => k.name === 'postgres')!;
    const { store: first, location } = await kind.open();
    await first.close();
    const store = await openStore(location, { searchThreads: 2 });
    const observer = new pg.Client({ connectionString: location });
    await observer.connect();
    try {
      const { rows } = await observer.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
        [SEARCH_APPLICATION_NAME],
      );
      expect(rows[0].n).toBe(2);
    } finally {
      await observer.end();
      await store.close();
    }
  });
});
