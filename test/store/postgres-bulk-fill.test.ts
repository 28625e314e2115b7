// What bench/search-scale.ts's build writes without the store's row triggers: record_authors and
// record_facets filled per range of records by the statements the migrations fill them with
// (fillAuthorRecords, fillRecordFacets) hold the rows the triggers give; a body's search vector
// made of its sentences' vectors (bench/body-vector.ts) is to_tsvector of the body.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import type { Entity } from '../../src/record/types.js';
import { fillAuthorRecords } from '../../src/store/postgres/author-records.js';
import { fillRecordFacets } from '../../src/store/postgres/entity-facets.js';
import { bodyVector } from '../../bench/body-vector.js';
import { plainRecord } from '../helpers/plain-record.js';
import { freshPostgresDatabase, hasPostgres } from '../helpers/stores.js';

const newDatabase = freshPostgresDatabase();

async function withClient<T>(location: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: location });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

const rows = async (c: pg.Client, q: string) => (await c.query(q)).rows as unknown[];
const AUTHOR_ROWS = 'SELECT hash, seq FROM record_authors ORDER BY seq, hash';
const FACET_ROWS = 'SELECT record_seq, code, facet, name FROM record_facets ORDER BY record_seq, code';

describe.runIf(await hasPostgres())('PostgreSQL store filled in bulk', () => {
  it('fills record_authors and record_facets as the triggers do, for the range given only', async () => {
    const location = await newDatabase();
    const store = await openStore(location);
    const entity = (k: number, type: Entity['type'], name: string): Entity => ({
      id: `e${k}`,
      type,
      name,
      aliases: [],
      mentions: [],
    });
    for (let i = 0; i < 6; i++)
      await store.put(
        plainRecord(`r${i}.txt`, `Dispatch ${i}: Anna Berg of Acme met Bo Lee in Oslo.`, {
          authors: [['Ann Ox'], ['Bo Lee', 'Xu Wei'], []][i % 3],
          // Two names of one key (the least is kept), types of each facet and one of none.
          entities: [
            entity(0, 'PERSON', i % 2 ? 'Anna Berg' : 'ANNA BERG'),
            entity(1, 'PERSON', 'anna berg'),
            entity(2, 'ORG', i % 3 ? 'Acme' : 'Acme Ltd'),
            entity(3, i % 2 ? 'GPE' : 'LOC', 'Oslo'),
            entity(4, 'NORP', 'Norwegian'),
          ],
        }),
      );
    await store.close();
    await withClient(location, async (c) => {
      const byTriggers = { authors: await rows(c, AUTHOR_ROWS), facets: await rows(c, FACET_ROWS) };
      expect(byTriggers.authors).toHaveLength(6);
      expect(byTriggers.facets.length).toBeGreaterThan(6);
      await c.query('DELETE FROM record_authors; DELETE FROM record_facets');
      // Records 1-3 only: 4-6 keep no rows.
      await c.query(fillAuthorRecords(0, 3));
      for (const s of fillRecordFacets(0, 3)) await c.query(s);
      const seqs = (r: unknown[], key: string) => new Set(r.map((x) => (x as Record<string, number>)[key]));
      expect(seqs(await rows(c, AUTHOR_ROWS), 'seq')).toEqual(new Set([1, 2, 3]));
      expect(seqs(await rows(c, FACET_ROWS), 'record_seq')).toEqual(new Set([1, 2, 3]));
      // The rest, read from a subquery of the entities as the bench reads its made rows.
      await c.query(fillAuthorRecords(3, 6));
      for (const s of fillRecordFacets(3, 6, '(SELECT record_seq, type, key, name FROM entities)')) await c.query(s);
      expect({ authors: await rows(c, AUTHOR_ROWS), facets: await rows(c, FACET_ROWS) }).toEqual(byTriggers);
    });
  });

  it("makes a body's vector from its sentences' vectors, as to_tsvector makes it from the body", async () => {
    const sentences = [
      'the harbour council met on Tuesday.',
      'well-known e-mail: ann@example.org and https://example.org/a/b?c=1 were cited!',
      'U.S. officials said 3.5% of 1,200 voters agreed?',
      '— — — … — — — — —',
      'Zoë Kay, the mayor, said "the bridge stays".',
      'the council voted again, and the council voted once more.',
      'Plans for 2024-05-01 were shelved.',
    ];
    await withClient(await newDatabase(), async (c) => {
      // to_tsvector of the sentences joined, and bodyVector of their vectors taken in `order`.
      const vectors = async (body: string[], order = body) =>
        (
          await c.query(
            `SELECT to_tsvector('simple', array_to_string($1::text[], ' '))::text AS whole,
                    (SELECT (${bodyVector('v', order.length)})::text
                     FROM (SELECT array_agg(to_tsvector('simple', s) ORDER BY k) AS v FROM unnest($2::text[]) WITH ORDINALITY u(s, k)) x) AS made`,
            [body, order],
          )
        ).rows[0] as { whole: string; made: string };
      for (const n of [1, 2, 3, 5, 7]) {
        const { whole, made } = await vectors(sentences.slice(0, n));
        expect(made).toBe(whole);
      }
      // The positions are the body's: the same sentences in another order make another vector.
      const body = [sentences[0], sentences[5]];
      const { whole, made } = await vectors(body, [...body].reverse());
      expect(made).not.toBe(whole);
    });
  });
});
