// A PostgreSQL store settles after its own writes (src/store/postgres/settle.ts, WriteSettler): on
// a server with autovacuum off (as this machine's), an ingest left every table it wrote
// unvacuumed and unanalysed, so the planner had no statistics and index-only scans read table
// pages. Now the store vacuums and analyses what its puts changed after each batch of records and
// when it closes, and after a migration that filled a table from the stored rows. The manual
// columns (last_vacuum, last_analyze) are read, so a server whose autovacuum ran proves nothing.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { plainRecord } from '../helpers/plain-record.js';
import { freshPostgresDatabase, hasPostgres, runOnPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

interface Settled {
  table: string;
  vacuumed: boolean;
  analyzed: boolean;
}

/** Whether each of `tables` has been vacuumed and analysed by a VACUUM ANALYZE (not autovacuum). */
async function settledState(location: string, tables: readonly string[]): Promise<Settled[]> {
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  try {
    const { rows } = await client.query<Settled>(
      `SELECT relname AS table, last_vacuum IS NOT NULL AS vacuumed, last_analyze IS NOT NULL AS analyzed
       FROM pg_stat_user_tables WHERE relname = ANY($1) ORDER BY relname`,
      [tables],
    );
    return rows;
  } finally {
    await client.end();
  }
}

const WRITTEN = ['record_json', 'record_text', 'records', 'search_words'];
const settled = (tables: readonly string[]) => tables.map((table) => ({ table, vacuumed: true, analyzed: true }));
const unsettled = (tables: readonly string[]) => tables.map((table) => ({ table, vacuumed: false, analyzed: false }));

const dispatch = (i: number) =>
  plainRecord(`r${i}.txt`, `Dispatch ${i}: the council of Leipzig met in the hall on Tuesday.`, {
    published: '2022-01-01',
  });

describe.runIf(await hasPostgres())('a PostgreSQL store settles after its own writes', () => {
  it('an ingest leaves the tables it wrote vacuumed and analysed when the store closes', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 30; i++) await store.put(dispatch(i));
    await store.close();
    expect(await settledState(location, WRITTEN)).toEqual(settled(WRITTEN));
  });

  it('a store that goes on writing settles after each batch, not after each record', async () => {
    const location = await newDatabase();
    const store = await openPostgresStore(location, { settleEvery: 10 });
    try {
      for (let i = 0; i < 9; i++) await store.put(dispatch(i));
      expect(await settledState(location, WRITTEN)).toEqual(unsettled(WRITTEN));
      await store.put(dispatch(9));
      expect(await settledState(location, WRITTEN)).toEqual(settled(WRITTEN));
    } finally {
      await store.close();
    }
  });

  it('a migration that fills a table from the stored rows settles it', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 20; i++) await store.put(dispatch(i));
    await store.close();
    // Back to the state before 0015-author-records, as a store made by an older version: the
    // table the migration makes and fills is new, never vacuumed nor analysed.
    await runOnPostgres(location, [
      'DROP TRIGGER records_author_record ON records',
      'DROP FUNCTION note_author_record',
      'DROP TABLE record_authors',
      `DELETE FROM dateline_migration WHERE name = '0015-author-records'`,
    ]);
    await (await openPostgresStore(location)).close();
    expect(await settledState(location, ['record_authors'])).toEqual(settled(['record_authors']));
  });
});
