// A text search with date filters alone on PostgreSQL (src/store/postgres/search.ts walkNewest,
// src/store/postgres/dated-text.ts provenMonthQuery): a match whose vector holds a month inside
// the range passes the date filters without its record row being read; the range's edge months,
// dates of a year alone and dates that are not dates are still tested against their row.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import { openStore } from '../../src/store/index.js';
import { searchRecords } from '../../src/store/postgres/search.js';
import type { Database } from '../../src/store/sql/schema.js';
import { dateLexemeQuery, provenMonthQuery } from '../../src/store/postgres/dated-text.js';
import { recordFrom } from '../helpers/records.js';
import { freshPostgresDatabase, hasPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();
const noStoredDates = async () => ({ first: null, last: null });

/** The filters' own test of a date (src/store/sql/filters.ts), in code-point order as the test database compares. */
const kept = (p: string, since?: string, until?: string) =>
  (!since || p >= since) && (!until || p.slice(0, until.length) <= until);

describe('provenMonthQuery', () => {
  it('lists the months every date of which the filters keep', async () => {
    const proven = async (since?: string, until?: string) =>
      provenMonthQuery({ since, until }, await dateLexemeQuery({ since, until }, noStoredDates));
    // A day as since leaves its own month out (a date of the month alone sorts before it); a day
    // as until leaves out its own month (a day past it would pass the month's test).
    expect(await proven('2023-01-01', '2023-05-31')).toBe("'@2023-02' | '@2023-03' | '@2023-04'");
    // A month or a year as a bound keeps its own months.
    expect(await proven('2023-01', '2023-03')).toBe("'@2023-01' | '@2023-02' | '@2023-03'");
    expect(await proven('2023', '2023')).toBe(
      Array.from({ length: 12 }, (_, i) => `'@2023-${String(i + 1).padStart(2, '0')}'`).join(' | '),
    );
    expect(await proven('2023-03-05', '2023-03-20')).toBeNull();
    // Bounds that are not ISO dates prove nothing; no date range, nothing.
    expect(provenMonthQuery({ since: '2023-1', until: '2023' }, "'@2023-01' | '@2023-02'")).toBeNull();
    expect(provenMonthQuery({ since: '2023-01' }, null)).toBeNull();
  });
});

describe.runIf(await hasPostgres())('PostgreSQL proven months', () => {
  it('proves only dates the filters keep', async () => {
    const location = await newDatabase();
    await (await openStore(location)).close();
    const dates = [
      '2023',
      '2023-01',
      '2023-01-01',
      '2023-02',
      '2023-02-28T10:00:00Z',
      '2023-12',
      '2023-12-31',
      '2023-12-31T23:59:59Z',
      '2023-12-99',
      '2024-01-01',
      '2023-1',
      '2023-13-02',
      '2022-12-31',
      '20231',
      'Tuesday',
    ];
    const bounds = [
      '2023',
      '2023-01',
      '2023-01-01',
      '2023-02-15',
      '2023-12',
      '2023-12-31',
      '2022-12-31',
      '2024',
      '2023-1',
    ];
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      const stored = async () => ({ first: '2022', last: '2024-01-01' });
      let tried = 0;
      for (const since of [undefined, ...bounds])
        for (const until of [undefined, ...bounds]) {
          const proven = provenMonthQuery({ since, until }, await dateLexemeQuery({ since, until }, stored));
          if (proven === null) continue;
          tried++;
          const rows = await client.query(
            `SELECT p FROM unnest($1::text[]) AS p
             WHERE dateline_date_vector(p) @@ $4::tsquery
               AND NOT (($2::text IS NULL OR p >= $2) AND ($3::text IS NULL OR substr(p, 1, length($3)) <= $3))`,
            [dates, since ?? null, until ?? null, proven],
          );
          expect(
            rows.rows.map((r) => r.p),
            `${since}..${until}`,
          ).toEqual([]);
        }
      expect(tried).toBeGreaterThan(20);
    } finally {
      await client.end();
    }
  });

  it('reads the record rows of the matches no month proves, and only those', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    // Matches (older first): proven months, edge months, a year alone, a date that is none, and
    // dates outside the range; then newer records without the word, so that the walk's first
    // range finds none and it turns to the GIN index.
    const matching = [
      '2004-01',
      '2004-01-01',
      '2004-03-05',
      '2005',
      'Tuesday',
      '2005-06-15',
      '2003-12-31',
      '2006-11-30',
      '2006-12-31T23:00:00Z',
      '2005-02-10',
      '2007-01-01',
    ];
    let i = 0;
    for (const published of matching)
      await store.put({
        ...recordFrom(`Entry ${i} of the shore log. A heron waded in the reeds.`, { path: `log-${i++}.txt` }),
        published,
      });
    for (let n = 0; n < 50; n++)
      await store.put(
        recordFrom(`Entry ${i} of the shore log. Gulls circled.`, { path: `log-${i++}.txt`, published: '2005-05-05' }),
      );
    await store.close();
    const statements: CompiledQuery[] = [];
    const pool = new pg.Pool({ connectionString: location, max: 1 });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      log: (event) => void statements.push(event.query),
    });
    try {
      const since = '2004-01-01';
      const until = '2006-12-31';
      const page = await searchRecords(
        db,
        { text: 'heron', since, until, limit: 20 },
        { totalCap: 20, rankWindow: 20, facetSample: 20 },
      );
      const expected = matching.filter((p) => kept(p, since, until));
      expect(expected).toEqual([
        '2004-01-01',
        '2004-03-05',
        '2005',
        '2005-06-15',
        '2006-11-30',
        '2006-12-31T23:00:00Z',
        '2005-02-10',
      ]);
      expect(page.hits.map((h) => h.published).sort()).toEqual([...expected].sort());
      expect(page.total).toBe(expected.length);
      // The walk's range through the GIN index: the record rows read are those of the matches in
      // the range's months that no month proves ('2004-01', '2004-01-01', '2005', 'Tuesday',
      // '2006-12-31T23:00:00Z'), not those of the four in the months between.
      const walk = statements.filter((s) => /t\.fts @@/.test(s.sql) && /t\.seq > /.test(s.sql));
      expect(walk.length).toBeGreaterThan(0);
      let rowsRead = 0;
      for (const s of walk) {
        const plan = (await sql(pool, `EXPLAIN (ANALYZE, COSTS OFF) ${s.sql}`, s.parameters)).join('\n');
        for (const m of plan.matchAll(/Scan (?:using \S+ )?on records r\b.*loops=(\d+)\)/g)) rowsRead += Number(m[1]);
      }
      expect(rowsRead).toBe(5);
    } finally {
      await db.destroy();
    }
  });
});

async function sql(pool: pg.Pool, text: string, params: readonly unknown[]): Promise<string[]> {
  return (await pool.query(text, [...params])).rows.map((r) => r['QUERY PLAN'] as string);
}
