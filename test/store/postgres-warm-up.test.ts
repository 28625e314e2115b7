// A PostgreSQL store opened for a server (search connections up front: src/store/postgres/index.ts)
// runs the warm-up searches (src/store/warm-up.ts) on each of its search connections before it is
// handed over, so a new backend's and this process's first searches are not a user's; nothing of
// them is kept in the read cache.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { newestHints, openPostgresStore, SEARCH_APPLICATION_NAME } from '../../src/store/postgres/index.js';
import { warmUpQueries } from '../../src/store/warm-up.js';
import { plainRecord } from '../helpers/plain-record.js';
import { freshPostgresDatabase, hasPostgres, loggedPostgres, runOnPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

/** The backend and last statement of each search connection of the database. */
async function searchConnections(location: string): Promise<{ pid: number; query: string }[]> {
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    return (
      await client.query<{ pid: number; query: string }>(
        `SELECT pid, query FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 ORDER BY pid`,
        [SEARCH_APPLICATION_NAME],
      )
    ).rows;
  } finally {
    await client.end();
  }
}

/** The last statement each search connection of the database ran. */
const searchConnectionsLastStatements = async (location: string) =>
  (await searchConnections(location)).map((c) => c.query);

describe.runIf(await hasPostgres())('PostgreSQL search connections warm-up', () => {
  it('searches on every search connection before the store is handed over', async () => {
    const location = await newDatabase();
    const writer = await openStore(location);
    await writer.put({ ...plainRecord('a.txt', 'The harbour council met on Monday.'), title: 'Harbour council' });
    await writer.put({ ...plainRecord('b.txt', 'The market reopened on Friday.'), title: 'Market report' });
    await writer.close();

    const store = await openStore(location, { searchThreads: 2 });
    try {
      const last = await searchConnectionsLastStatements(location);
      expect(last).toHaveLength(2);
      // Each one's last statement is a search's (its facets), not the connection's first SELECT 1.
      for (const q of last) expect(q).toMatch(/FROM (records|events|record_facets)\b/);
      // The answers were not kept: a search is still answered from the database.
      const page = await store.search({ text: 'council' });
      expect(page.hits.map((h) => h.title)).toEqual(['Harbour council']);
    } finally {
      await store.close();
    }
  });

  it('keeps its warmed search connections open past the idle time of the others', async () => {
    const location = await newDatabase();
    const writer = await openStore(location);
    await writer.put({ ...plainRecord('a.txt', 'The harbour council met on Monday.'), title: 'Harbour council' });
    await writer.close();

    const store = await openPostgresStore(location, { searchConnections: 2, searchIdleMs: 50 });
    try {
      const warmed = (await searchConnections(location)).map((c) => c.pid);
      expect(warmed).toHaveLength(2);
      // Well past the idle time: a connection beyond the warmed ones would have closed by now.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await searchConnections(location)).map((c) => c.pid)).toEqual(warmed);
      // And the searches run on them.
      await store.search({ text: 'council' });
      expect((await searchConnections(location)).map((c) => c.pid)).toEqual(warmed);
    } finally {
      await store.close();
    }
  });

  it('warms each filter path: dates, event type, modality and entity, from the newest of each', async () => {
    const location = await newDatabase();
    const writer = await openStore(location);
    await writer.put({
      ...plainRecord('a.txt', 'Protesters marched in Lagos on Monday.'),
      title: 'Lagos march',
      source: { format: 'html', uri: 'https://news.example/lagos' },
    });
    // The newest record has no event and no entity: theirs come from the newest that has them.
    await writer.put({ ...plainRecord('b.txt', 'The market reopened on Friday.'), title: 'Market report' });
    await writer.close();
    await runOnPostgres(location, [
      `INSERT INTO events (record_seq, local_id, type, modality, start, "end") VALUES (1, 'v1', 'PROTEST', 'asserted', 0, 10)`,
      `INSERT INTO entities (record_seq, local_id, key, type, name, mentions) VALUES (1, 'e1', 'GPE:2332459', 'GPE', 'Lagos', 1)`,
    ]);
    const { db } = loggedPostgres(location);
    try {
      const queries = warmUpQueries(await newestHints(db));
      expect(queries).toContainEqual({ since: '2024-01-01' });
      expect(queries).toContainEqual({ eventType: 'PROTEST' });
      expect(queries).toContainEqual({ text: 'Market', modality: 'asserted' });
      expect(queries).toContainEqual({ text: 'Market', entity: 'GPE:2332459' });
    } finally {
      await db.destroy();
    }
  });
});
