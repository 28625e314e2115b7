// A search's event facets (src/store/sql/facets.ts) count, per event type and per modality, the
// distinct clusters of the sample's events (0 for a value whose events have none), on both
// stores: the same counts as the sample's distinct (type, modality, cluster) rows give, read
// beside the store from its own tables.
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { Facet } from '../../src/store/index.js';
import { recordFrom } from '../helpers/records.js';
import { storeKinds } from '../helpers/stores.js';

const TEXTS = [
  'Police in Lagos arrested 20 protesters on Tuesday.',
  'Police in Lagos detained 20 protesters on Tuesday, witnesses said.',
  'Thousands protested in Dushanbe on Friday against the new tax.',
  'Protesters marched in Dushanbe on Friday.',
  'The army may attack the rebel base near Khorog next week.',
  'Officials said the two governments will sign a trade agreement in Paris on 3 May.',
  'The minister threatened to impose sanctions on the company.',
  'Rebels attacked a convoy in northern Mali, killing five soldiers.',
  'Workers went on strike at the port, a union said.',
  'Nobody was arrested.',
];

/** The facets from the distinct (type, modality, cluster) rows, as the stores counted them before. */
function fromRows(rows: { type: string; modality: string; cluster: number | null }[]) {
  const counts = (key: 'type' | 'modality'): Facet[] => {
    const clusters = new Map<string, Set<number>>();
    for (const e of rows) {
      const set = clusters.get(e[key]) ?? new Set<number>();
      if (e.cluster !== null) set.add(e.cluster);
      clusters.set(e[key], set);
    }
    return [...clusters]
      .map(([value, set]) => ({ value, count: set.size }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  };
  return { eventTypes: counts('type'), modalities: counts('modality') };
}

const ROWS = 'SELECT DISTINCT type, modality, cluster FROM events';

for (const kind of await storeKinds()) {
  describe(`${kind.name} event facets`, () => {
    it('count each type and modality by its distinct clusters', async () => {
      const { store, location } = await kind.open();
      try {
        for (const [i, text] of TEXTS.entries())
          await store.put(
            recordFrom(text, { path: `e${i}.txt`, published: `2024-03-${String(10 + (i % 3)).padStart(2, '0')}` }),
          );
        // Some events without a cluster: the first record's, and one type's.
        const unclustered = `UPDATE events SET cluster = NULL WHERE record_seq = (SELECT min(seq) FROM records) OR type = 'STRIKE'`;
        let rows: { type: string; modality: string; cluster: number | null }[];
        if (kind.name === 'sqlite') {
          const db = new BetterSqlite3(location);
          db.exec(unclustered);
          rows = db.prepare(ROWS).all() as typeof rows;
          db.close();
        } else {
          const client = new pg.Client({ connectionString: location });
          await client.connect();
          await client.query(unclustered);
          rows = (await client.query(ROWS)).rows;
          await client.end();
        }
        expect(rows.some((r) => r.cluster === null)).toBe(true);
        // Events with and without a cluster, of several types and modalities.
        expect(new Set(rows.map((r) => r.type)).size).toBeGreaterThan(2);
        expect(new Set(rows.map((r) => r.modality)).size).toBeGreaterThan(1);
        const page = await store.search({});
        expect(page.total).toBe(TEXTS.length);
        const { eventTypes, modalities } = page.facets!;
        expect({ eventTypes, modalities }).toEqual(fromRows(rows));
      } finally {
        await store.close();
      }
    });
  });
}
