// Round trips of a PostgreSQL search: on a busy machine each statement of a first search waited
// for a core (20-30 ms apiece at load 20 on two cores). The facets (src/store/sql/facets.ts,
// searchFacets) count entities, events and years in one statement, not three; the page's hits come
// with the texts of their snippets (src/store/postgres/search.ts), not in a second statement.
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openStore } from '../../src/store/index.js';
import { recordFacetRows, searchFacets } from '../../src/store/sql/facets.js';
import { searchRecords } from '../../src/store/postgres/search.js';
import { plainRecord } from '../helpers/plain-record.js';
import { freshPostgresDatabase, hasPostgres, loggedPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

describe.runIf(await hasPostgres())('PostgreSQL search round trips', () => {
  it('are counted in one statement, newest year first', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 6; i++)
      await store.put(
        plainRecord(`r${i}.txt`, `Dispatch ${i} from Lagos: the council met.`, {
          published: `${2019 + (i % 3)}-02-01`,
          entities: [{ id: 'e1', type: 'GPE', name: 'Lagos', aliases: [], mentions: [[18, 23]] }],
        }),
      );
    await store.close();
    const { db, statements } = loggedPostgres(location);
    try {
      const seqs = (await sql<{ seq: number }>`SELECT seq FROM records`.execute(db)).rows.map((r) => r.seq);
      statements.length = 0;
      const facets = await searchFacets(db, (seq) => sql`${seq} = ANY(${seqs}::int[])`, {
        entityRows: recordFacetRows,
      });
      expect(statements).toHaveLength(1);
      expect(facets.years).toEqual([
        { value: '2021', count: 2 },
        { value: '2020', count: 2 },
        { value: '2019', count: 2 },
      ]);
      expect(facets.places).toEqual([{ value: 'Lagos', count: 6 }]);
      expect(facets.eventTypes).toEqual([]);
    } finally {
      await db.destroy();
    }
  });

  it('reads the hits of a page with the texts of their snippets in one statement, by rank and by date', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    for (let i = 0; i < 6; i++)
      await store.put(
        plainRecord(`r${i}.txt`, `Dispatch ${i}: the council met${' again'.repeat(i)}.`, {
          published: `2020-0${i + 1}-01`,
        }),
      );
    await store.close();
    const { db, statements } = loggedPostgres(location);
    try {
      for (const q of [{ text: 'council' }, {}, { since: '2020-03-01' }]) {
        statements.length = 0;
        const page = await searchRecords(db, q);
        expect(page.hits.length, JSON.stringify(q)).toBeGreaterThan(0);
        for (const hit of page.hits) expect(hit.snippet).toMatch(/^Dispatch \d: the /);
        const texts = statements.filter((s) => /\bbody\b/.test(s.sql));
        expect(texts, JSON.stringify(q)).toHaveLength(1);
        expect(texts[0].sql).toMatch(/\br\.id\b/);
      }
    } finally {
      await db.destroy();
    }
  });
});
