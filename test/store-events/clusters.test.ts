// Events across articles: reports of one event from several sources become one clustered event
// in a real SQLite store; different events, places, dates or modalities stay apart.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { recordFrom } from '../helpers/records.js';
import { tempDir } from '../helpers/tmp.js';

const report = (text: string, published: string, uri: string) => recordFrom(text, { published, url: uri });

describe('event clusters in the SQLite store', () => {
  const dir = tempDir('dateline-events-');

  it('merges reports of the same event from several sources and keeps others apart', async () => {
    const store = await openSqliteStore(join(dir, 'clusters.db'));
    try {
      await store.put(report('Russian forces shelled Kharkiv on Saturday, killing three people, regional officials said.', '2024-03-10', 'https://a.example/1'));
      await store.put(report('Kharkiv was shelled by Russian troops over the weekend, the regional governor said on Monday.', '2024-03-11', 'https://b.example/2'));
      await store.put(report('Russian artillery shelled Kharkiv overnight, Ukrainian officials said.', '2024-03-10', 'https://c.example/3'));
      // Two weeks later: a new attack on the same city.
      await store.put(report('Russian forces shelled Kharkiv again on Thursday, damaging a power station.', '2024-03-28', 'https://a.example/4'));
      // Same day, other city and actor.
      await store.put(report('Police in Lagos arrested 20 protesters outside the state assembly.', '2024-03-10', 'https://d.example/5'));
      // A forecast is not the same event as an attack that happened.
      await store.put(report('Ukrainian officials say Russian forces could shell Kharkiv again this week.', '2024-03-11', 'https://e.example/6'));

      const assaults = await store.events({ type: 'ASSAULT', modality: 'asserted' });
      expect(assaults.total).toBe(2);
      const merged = assaults.events.find((e) => e.sources.length > 1);
      expect(merged?.sources.map((s) => s.source).sort()).toEqual(['https://a.example/1', 'https://b.example/2', 'https://c.example/3']);
      expect(merged?.place?.name).toBe('Kharkiv');
      expect(merged?.firstDate).toBe('2024-03-09'); // "on Saturday" before Sunday 10 March
      const later = assaults.events.find((e) => e !== merged);
      expect(later?.sources.map((s) => s.source)).toEqual(['https://a.example/4']);

      expect((await store.events({ type: 'ASSAULT', modality: 'possible' })).total).toBe(1);
      expect((await store.events({ type: 'COERCE' })).events[0]?.sources).toHaveLength(1);
      expect((await store.events({ place: 'Kharkiv', minSources: 2 })).total).toBe(1);
      expect((await store.events({ actor: 'Russian', since: '2024-03-20' })).events.map((e) => e.lastDate)).toEqual(['2024-03-28']);
    } finally {
      await store.close();
    }
  });

  it('does not chain reports a few days apart into one endless cluster', async () => {
    const store = await openSqliteStore(join(dir, 'chain.db'));
    try {
      // A report every two days for three weeks: each is within the matching window of the last.
      for (let day = 1; day <= 21; day += 2) {
        const date = `2024-05-${String(day).padStart(2, '0')}`;
        await store.put(report(`Russian forces shelled Kharkiv overnight, regional officials said (report ${day}).`, date, `https://chain.example/${day}`));
      }
      const { events } = await store.events({ type: 'ASSAULT', modality: 'asserted' });
      expect(events.length).toBeGreaterThan(1);
      for (const e of events) expect((Date.parse(e.lastDate!) - Date.parse(e.firstDate!)) / 86_400_000).toBeLessThanOrEqual(14);
    } finally {
      await store.close();
    }
  });

  it('updates clusters when a source changes its text and drops empty clusters', async () => {
    const store = await openSqliteStore(join(dir, 'updates.db'));
    try {
      await store.put(report('Russian forces shelled Kharkiv on Saturday, regional officials said.', '2024-03-10', 'https://a.example/1'));
      await store.put(report('Russian artillery shelled Kharkiv overnight, Ukrainian officials said.', '2024-03-10', 'https://b.example/2'));
      expect((await store.events({ type: 'ASSAULT' })).events[0].sources).toHaveLength(2);
      // The second page is corrected and no longer reports the shelling.
      await store.put(report('The regional governor visited a school in Kharkiv on Sunday.', '2024-03-10', 'https://b.example/2'));
      const after = await store.events({ type: 'ASSAULT' });
      expect(after.total).toBe(1);
      expect(after.events[0].sources.map((s) => s.source)).toEqual(['https://a.example/1']);
      // The first page is replaced too: the cluster has no reports left and is gone.
      await store.put(report('Markets in Kharkiv reopened on Monday.', '2024-03-11', 'https://a.example/1'));
      expect((await store.events({ type: 'ASSAULT' })).total).toBe(0);
    } finally {
      await store.close();
    }
  });
});
