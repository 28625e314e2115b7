// The source filter's cheaper test in front of ILIKE (src/store/postgres/source-filter.ts): the
// same records as ILIKE alone, on a real server, for addresses whose case lowering is not ASCII's.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { caseFreeRun } from '../../src/store/postgres/source-filter.js';
import { freshPostgresDatabase, hasPostgres } from '../helpers/stores.js';

describe('caseFreeRun', () => {
  it('takes the longest run of ASCII characters that are not letters', () => {
    expect(caseFreeRun('pages/1')).toBe('/1');
    expect(caseFreeRun('news/2024/05-x')).toBe('/2024/05-');
    expect(caseFreeRun('example.org')).toBe('.');
  });
  it('gives none for a source of letters alone, or one with LIKE wildcards or escape', () => {
    expect(caseFreeRun('Reuters')).toBeNull();
    expect(caseFreeRun('Zürich')).toBeNull();
    expect(caseFreeRun('a_1/b')).toBeNull();
    expect(caseFreeRun('50%/x')).toBeNull();
    expect(caseFreeRun('a\\1')).toBeNull();
  });
});

const newDatabase = freshPostgresDatabase();

describe.runIf(await hasPostgres())('the source test in front of ILIKE', () => {
  it('keeps exactly the addresses ILIKE keeps', async () => {
    const client = new pg.Client({ connectionString: await newDatabase() });
    await client.connect();
    try {
      const values = [
        'PAGES/1.html',
        'pages/12.HTML',
        'Pages/21.html',
        'pages-1.html',
        'İSTANBUL/2024/05-a',
        'istanbul/2024/05-a',
        'ISTANBUL/2024/05-A',
        'KELVIN/1',
        'https://news.example.org/2024/05-x',
        'Σ/1',
        'σ/1',
      ];
      const sources = ['pages/1', 'Pages/2', 'istanbul/2024/05-', 'kelvin/1', 'σ/1', 'Σ/1', 'ORG/2024'];
      for (const source of sources) {
        const run = caseFreeRun(source);
        expect(run).not.toBeNull();
        const rows = (
          await client.query<{ v: string; ilike: boolean; both: boolean }>(
            `SELECT v, v ILIKE $1 AS ilike, (v LIKE $2 AND v ILIKE $1) AS both FROM unnest($3::text[]) v`,
            [`%${source}%`, `%${run}%`, values],
          )
        ).rows;
        for (const r of rows) expect([source, r.v, r.both]).toEqual([source, r.v, r.ilike]);
        expect(rows.some((r) => r.ilike)).toBe(true);
      }
    } finally {
      await client.end();
    }
  });
});
