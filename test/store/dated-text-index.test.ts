// The PostgreSQL store's date lexemes in the search vectors (src/store/postgres/dated-text.ts,
// migration 0014): a query's month range keeps every record its date filters keep, stored
// records get their lexeme when the store migrates, and a text search with a date range asks the
// GIN index for the words and the months together.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import { openStore } from '../../src/store/index.js';
import { searchRecords } from '../../src/store/postgres/search.js';
import type { Database } from '../../src/store/sql/schema.js';
import { dateLexemeQuery, MAX_RANGE_MONTHS } from '../../src/store/postgres/dated-text.js';
import { recordFrom } from '../helpers/records.js';
import { freshPostgresDatabase, hasPostgres, runOnPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();
const noStoredDates = async () => ({ first: null, last: null });

describe('dateLexemeQuery', () => {
  it('lists the months of a range, its years, and the lexeme of dates that are not dates', async () => {
    expect(await dateLexemeQuery({ since: '2023-11-05', until: '2024-02' }, noStoredDates)).toBe(
      "'@~' | '@2023' | '@2024' | '@2023-11' | '@2023-12' | '@2024-01' | '@2024-02'",
    );
    // A bound with a year alone, or a month that is none, keeps its whole year.
    expect(await dateLexemeQuery({ since: '2023-13', until: '2023' }, noStoredDates)).toBe(
      ["'@~'", "'@2023'", ...Array.from({ length: 12 }, (_, i) => `'@2023-${String(i + 1).padStart(2, '0')}'`)].join(
        ' | ',
      ),
    );
  });

  it('closes an open range with the stored dates, and gives up on ranges too wide or not dates', async () => {
    const stored = async () => ({ first: '2019-04-30', last: '2020-01-02T10:00:00Z' });
    expect(await dateLexemeQuery({ since: '2019-12-24' }, stored)).toBe(
      "'@~' | '@2019' | '@2020' | '@2019-12' | '@2020-01'",
    );
    expect(await dateLexemeQuery({ until: '2019-05' }, stored)).toBe("'@~' | '@2019' | '@2019-04' | '@2019-05'");
    expect(await dateLexemeQuery({ since: '2019-12-24' }, noStoredDates)).toBeNull();
    expect(await dateLexemeQuery({ since: '2020-01', until: '2022-12' }, noStoredDates)).not.toBeNull();
    expect(MAX_RANGE_MONTHS).toBe(36);
    expect(await dateLexemeQuery({ since: '2020-01', until: '2023-01' }, noStoredDates)).toBeNull();
    expect(await dateLexemeQuery({ since: 'last week', until: '2023' }, noStoredDates)).toBeNull();
    expect(await dateLexemeQuery({ text: 'x' }, noStoredDates)).toBeNull();
  });
});

describe.runIf(await hasPostgres())('PostgreSQL date lexemes', () => {
  it('keeps in a range every record the date filters keep', async () => {
    const location = await newDatabase();
    await (await openStore(location)).close();
    const dates = [
      '2023',
      '2023-12',
      '2023-12-31',
      '2023-12-31T23:59:59Z',
      '2024-01-01',
      '2023-1',
      '2023-13-02',
      '2022',
      '20231',
      'Tuesday',
      '+2023',
    ];
    const bounds = ['2023', '2023-12', '2023-12-31', '2023-12-3', '2023-1', '2022-12-31', '2024', '2023-13'];
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      const stored = async () => ({ first: '2022', last: '2024-01-01' });
      for (const since of [undefined, ...bounds])
        for (const until of [undefined, ...bounds]) {
          const lexemes = await dateLexemeQuery({ since, until }, stored);
          if (lexemes === null) continue;
          const rows = await client.query(
            `SELECT p FROM unnest($1::text[]) AS p
             WHERE ($2::text IS NULL OR p >= $2) AND ($3::text IS NULL OR substr(p, 1, length($3)) <= $3)
               AND NOT dateline_date_vector(p) @@ $4::tsquery`,
            [dates, since ?? null, until ?? null, lexemes],
          );
          expect(
            rows.rows.map((r) => r.p),
            `${since}..${until}`,
          ).toEqual([]);
        }
    } finally {
      await client.end();
    }
  });

  it('gives stored vectors their date lexeme when the store migrates', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    await store.put(recordFrom('Herons nested by the lake this spring.', { path: 'a.txt', published: '2021-04-02' }));
    await store.put({ ...recordFrom('Herons left the lake in the autumn.', { path: 'b.txt' }), published: null });
    await store.close();
    // Back to the state before migration 0014.
    await runOnPostgres(location, [
      `UPDATE record_text SET fts = ts_delete(fts, ARRAY(SELECT lexeme FROM unnest(fts) WHERE lexeme LIKE '@%'))`,
      'DROP FUNCTION dateline_date_vector',
      'DROP FUNCTION dateline_date_lexeme',
      "DELETE FROM dateline_migration WHERE name = '0014-date-lexemes'",
    ]);
    const reopened = await openStore(location);
    try {
      expect((await reopened.search({ text: 'herons', since: '2021', until: '2021-04' })).total).toBe(1);
    } finally {
      await reopened.close();
    }
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      const rows = await client.query(
        `SELECT ARRAY(SELECT lexeme FROM unnest(fts) WHERE lexeme LIKE '@%') AS dates FROM record_text ORDER BY seq`,
      );
      expect(rows.rows.map((r) => r.dates)).toEqual([['@2021-04'], []]);
    } finally {
      await client.end();
    }
  });

  it('asks the GIN index for the words and the months together', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 40; i++) {
      const text = `Entry ${i} of the shore log. ${i % 2 === 0 ? 'A heron waded in the reeds.' : 'Gulls circled.'}`;
      await store.put(recordFrom(text, { path: `log-${i}.txt`, published: `${2000 + i}-05-01` }));
    }
    await store.close();
    const statements: CompiledQuery[] = [];
    const pool = new pg.Pool({ connectionString: location, max: 1 });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      log: (event) => void statements.push(event.query),
    });
    try {
      // Small bounds, and no match among the newest records: the walk turns to the index.
      const page = await searchRecords(
        db,
        { text: 'heron', since: '2004', until: '2006-05' },
        { totalCap: 2, rankWindow: 2, facetSample: 2 },
      );
      expect(page.hits.map((h) => h.published)).toEqual(['2006-05-01', '2004-05-01']);
      const walk = statements.filter((s) => /t\.fts @@/.test(s.sql) && /t\.seq > /.test(s.sql));
      expect(walk.length).toBeGreaterThan(0);
      const client = await pool.connect();
      try {
        // A table this small is best read through its primary key, which the walk's ranges also
        // use; without it (dropped in a transaction rolled back) the plan shows what the GIN index
        // takes of the statement.
        await client.query('BEGIN');
        await client.query('ALTER TABLE record_text DROP CONSTRAINT record_text_pkey');
        await client.query('SET LOCAL enable_seqscan = off');
        for (const s of walk) {
          const plan = (await client.query(`EXPLAIN ${s.sql}`, [...s.parameters])).rows
            .map((r) => r['QUERY PLAN'])
            .join('\n');
          expect(plan).toMatch(
            /Bitmap Index Scan on record_text_fts .*\n\s+Index Cond: \(fts @@ '''heron'' & .*''@2004-05''/,
          );
        }
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    } finally {
      await db.destroy();
    }
  });
});
