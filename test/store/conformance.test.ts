// One conformance suite, run unchanged against every store (a SQLite file; a fresh PostgreSQL
// database per store): idempotent puts, duplicates, replaced pages, search (all words, "phrases",
// prefix*), filters, snippets and facets, exports, failures, all-or-nothing writes, ingest state,
// event clusters across articles and the corpus views. Last, the two stores give the same answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { recordFrom } from '../helpers/records.js';
import { storeKinds, type StoreKind } from '../helpers/stores.js';
import { buildTestCorpus } from '../serve/corpus.js';
import { BASE_PAGES } from '../serve/pages.js';
import { citingCorpus, CITING_URLS } from '../helpers/citing-pages.js';

const BASE = 'Russia will expand its military base in Tajikistan, officials in Dushanbe said on Monday.';
const OTHER = 'Flooding along the Mekong has displaced thousands of families in southern Laos, aid groups said.';
const report = (text: string, published: string, uri: string) => recordFrom(text, { published, url: uri });

const KINDS = await storeKinds();

async function withStore(kind: StoreKind, body: (store: Store, location: string) => Promise<void>): Promise<void> {
  const { store, location } = await kind.open();
  try {
    await body(store, location);
  } finally {
    await store.close();
  }
}

describe.each(KINDS)('$name store', (kind) => {
  it('links citations between records by URL or canonical URL, and counts cited sites', () =>
    withStore(kind, async (store) => {
      const { digest, report, blog } = citingCorpus();
      for (const r of [report, blog, digest]) expect((await store.put(r)).status).toBe('new');
      const d = (await store.citations(digest.id))!;
      expect(d.cites.map((l) => [l.domain, l.internal, l.recordId])).toEqual([
        ['news.example', false, report.id],
        ['valleyblog.example', false, blog.id],
        ['agency.example', false, null],
        ['agency.example', false, null],
        ['digest.example', true, null],
      ]);
      expect(d.cites[0]).toMatchObject({ text: 'reports the News', recordTitle: 'Floods cut the valley road' });
      expect(d.citedBy).toEqual([]);
      const cited = (await store.citations(report.id))!;
      expect(cited.citedBy.map((c) => [c.recordId, c.text])).toEqual([
        [digest.id, 'reports the News'],
        [blog.id, 'the news report'],
      ]);
      const [first] = cited.citedBy;
      expect(digest.text.slice(first.span[0], first.span[1])).toBe('reports the News');
      expect((await store.citations(blog.id))!.citedBy.map((c) => c.recordId)).toEqual([digest.id]);
      expect(await store.citations('0000000000000000')).toBeNull();

      const domains = await store.citedDomains({});
      expect(domains.map((x) => [x.domain, x.links, x.records])).toEqual([
        ['agency.example', 3, 2],
        ['news.example', 2, 2],
        ['valleyblog.example', 1, 1],
      ]);
      expect(domains[0].articles.map((a) => a.recordId)).toEqual([digest.id, report.id]);
      // Filtered like search: only what records published from March 3 cite.
      const later = await store.citedDomains({ since: '2022-03-03' });
      expect(later.map((x) => [x.domain, x.records])).toEqual([
        ['news.example', 2],
        ['agency.example', 1],
        ['valleyblog.example', 1],
      ]);
      expect(later[0].articles.map((a) => a.recordId)).toEqual([digest.id, blog.id]);
      expect(later[1].articles.map((a) => a.recordId)).toEqual([digest.id]);
      expect((await store.citedDomains({ text: 'roundup' })).map((x) => x.domain)).toEqual([
        'agency.example',
        'news.example',
        'valleyblog.example',
      ]);
      // A replaced page takes its links and addresses with it.
      await store.put({ ...digest, id: 'f'.repeat(16), text: digest.text + ' Updated.', links: [] });
      expect((await store.citations(report.id))!.citedBy.map((c) => c.recordId)).toEqual([blog.id]);
    }));

  it('lists external links to follow, in the order first cited, from given pages and to given sites', () =>
    withStore(kind, async (store) => {
      const { digest, report, blog } = citingCorpus();
      for (const r of [report, blog, digest]) await store.put(r);
      const statement = { url: 'https://agency.example/statements/42', stored: false };
      const map = { url: 'https://www.agency.example/maps', stored: false };
      expect(await store.externalLinks()).toEqual([
        statement,
        { url: CITING_URLS.report, stored: true },
        { url: CITING_URLS.blogCanonical, stored: true },
        map,
      ]);
      // Links of the report only (known by its URL); of the blog (known by its canonical URL).
      expect(await store.externalLinks({ from: [CITING_URLS.report] })).toEqual([statement]);
      expect(await store.externalLinks({ from: [CITING_URLS.blogCanonical] })).toEqual([
        { url: CITING_URLS.report, stored: true },
      ]);
      expect(await store.externalLinks({ domains: ['agency.example'] })).toEqual([statement, map]);
      expect(await store.externalLinks({ from: [] })).toEqual([]);
    }));

  it('stores a record once and reports unchanged on the second put', () =>
    withStore(kind, async (store) => {
      const r = recordFrom(BASE, { path: 'a.txt', published: '2022-02-17' });
      expect((await store.put(r)).status).toBe('new');
      expect((await store.put(r)).status).toBe('unchanged');
      expect(await store.count()).toBe(1);
      expect((await store.get(r.id))?.text).toBe(BASE);
      expect(JSON.parse((await store.recordJson(r.id))!)).toEqual(r);
      expect(await store.resolveId(r.id.slice(0, 6))).toBe(r.id);
      expect(await store.get('0000000000000000')).toBeNull();
    }));

  it('keeps one copy of the same text from two sources, and replaces a changed page', () =>
    withStore(kind, async (store) => {
      const first = recordFrom(BASE, { path: 'one.txt' });
      expect((await store.put(first)).status).toBe('new');
      const twin = await store.put(recordFrom(`  ${BASE.toUpperCase()} `, { path: 'two.txt' }));
      expect(twin).toMatchObject({ status: 'duplicate', duplicateOf: first.id });
      const changed = recordFrom(BASE + ' More later.', { path: 'one.txt' });
      expect((await store.put(changed)).status).toBe('updated');
      expect(await store.count()).toBe(1);
      expect(await store.get(first.id)).toBeNull();
      expect((await store.search({ text: 'later' })).total).toBe(1);
    }));

  it('stores puts made at once from two connections as it would one after the other', () =>
    withStore(kind, async (store, location) => {
      const other = await openStore(location);
      try {
        // Copies of one text from two sources, put at the same moment: one is stored, the other is its duplicate.
        const copies = await Promise.all([
          store.put(recordFrom(BASE, { path: 'one.txt' })),
          other.put(recordFrom(BASE, { path: 'two.txt' })),
        ]);
        expect(copies.map((r) => r.status).sort()).toEqual(['duplicate', 'new']);
        // Two reports of one event, put at the same moment, join one cluster.
        await Promise.all([
          store.put(
            report('Russian forces shelled Kharkiv on Saturday, officials said.', '2024-03-10', 'https://a.example/1'),
          ),
          other.put(
            report(
              'Russian troops shelled Kharkiv on Saturday, the governor said.',
              '2024-03-10',
              'https://b.example/2',
            ),
          ),
        ]);
        const assaults = await store.events({ type: 'ASSAULT' });
        expect(assaults.events.map((e) => e.sources.length)).toEqual([2]);
        expect(await store.count()).toBe(3);
      } finally {
        await other.close();
      }
    }));

  it('answers a repeated search from its cache until a put from any connection changes the data', () =>
    withStore(kind, async (store, location) => {
      await store.put(recordFrom(BASE, { path: 'one.txt' }));
      const first = await store.search({ text: 'Dushanbe' });
      expect(first.total).toBe(1);
      // The same answer, not a new one: nothing changed, so the search did not run again.
      expect(await store.search({ text: 'Dushanbe' })).toBe(first);
      const other = await openStore(location);
      try {
        await other.put(recordFrom(`${BASE} Aid reached Dushanbe by road.`, { path: 'two.txt' }));
      } finally {
        await other.close();
      }
      expect((await store.search({ text: 'Dushanbe' })).total).toBe(2);
      // A put that changes nothing keeps the cached answers.
      const second = await store.search({ text: 'Dushanbe' });
      expect((await store.put(recordFrom(BASE, { path: 'one.txt' }))).status).toBe('unchanged');
      expect(await store.search({ text: 'Dushanbe' })).toBe(second);
    }));

  it('searches text with phrases, prefixes and filters, with snippets and facets', () =>
    withStore(kind, async (store) => {
      await store.put(recordFrom(BASE, { path: 'a.txt', published: '2022-02-17' }));
      await store.put(recordFrom(OTHER, { path: 'b.txt', published: '2021-06-01' }));
      const hit = await store.search({ text: '"military base"' });
      expect(hit.total).toBe(1);
      expect(hit.hits[0].snippet).toContain('[military base]');
      expect(hit.hits[0].score).toBeGreaterThan(0);
      expect((await store.search({ text: '"base military"' })).total).toBe(0);
      expect((await store.search({ text: 'milit*' })).total).toBe(1);
      expect((await store.search({ text: 'milit' })).total).toBe(0);
      expect((await store.search({ text: 'military Mekong' })).total).toBe(0);
      expect((await store.search({ text: 'MEKONG laos' })).total).toBe(1);
      expect((await store.search({ text: 'military', since: '2022-03-01' })).total).toBe(0);
      expect((await store.search({ until: '2021' })).total).toBe(1);
      expect((await store.search({ source: 'b.txt' })).hits[0].published).toBe('2021-06-01');
      expect((await store.search({ source: 'B.TXT' })).total).toBe(1);
      expect((await store.search({ text: 'said' })).total).toBe(2);
      expect((await store.search({ text: 'AND OR "unbalanced' })).total).toBe(0);
      expect((await store.search({ text: "it's :* & | ! ( ) <->" })).total).toBe(0);
      expect((await store.search({ place: 'Tajikistan' })).total).toBe(1);
      const all = await store.search({});
      expect(all.facets.years.map((f) => f.value)).toEqual(['2022', '2021']);
      expect(all.facets.places.find((f) => f.value === 'Tajikistan')?.count).toBe(1);
      const exported = [];
      for await (const r of store.records()) exported.push(r.published);
      expect(exported).toEqual(['2021-06-01', '2022-02-17']);
      const filtered = [];
      for await (const r of store.records({ text: 'Mekong' })) filtered.push(r.source.path);
      expect(filtered).toEqual(['b.txt']);
    }));

  it('refuses a prefix that starts more than 1,000 indexed words, naming it, in searches and exports', () =>
    withStore(kind, async (store) => {
      const words = Array.from({ length: 1_500 }, (_, i) => `zq${i.toString(36)}`).join(' ');
      await store.put(recordFrom(words, { path: 'made-up.txt' }));
      const tooBroad = /prefix "zq\*" starts more than 1000 different words/i;
      await expect(store.search({ text: 'zq*' })).rejects.toThrow(tooBroad);
      await expect(store.records({ text: 'Zq*' })[Symbol.asyncIterator]().next()).rejects.toThrow(tooBroad);
      expect((await store.search({ text: 'zq1*' })).total).toBe(1);
    }));

  it('ranks a title match above a body match, and matches across spellings', () =>
    withStore(kind, async (store) => {
      await store.put(
        recordFrom(
          '<html><head><title>Harbour works</title></head><body><article><p>The port of Valparaíso reopened after the storm, the harbour authority said on Tuesday.</p></article></body></html>',
          { format: 'html', url: 'https://x.example/body' },
        ),
      );
      await store.put(
        recordFrom(
          '<html><head><title>Valparaiso harbour reopens</title></head><body><article><p>Ships returned to the Chilean port on Tuesday after a storm closed it for two days.</p></article></body></html>',
          { format: 'html', url: 'https://x.example/title' },
        ),
      );
      const { hits, total } = await store.search({ text: 'valparaiso' });
      expect(total).toBe(2);
      expect(hits[0].source).toBe('https://x.example/title');
      expect((await store.search({ text: 'Valparaíso' })).total).toBe(2);
      await store.put(
        recordFrom('Trams in Łódź will run all night during the festival, the city said.', { path: 'lodz.txt' }),
      );
      const lodz = await store.search({ text: 'Lodz' });
      expect(lodz.total).toBe(1);
      expect(lodz.hits[0].snippet).toContain('[Łódź]');
    }));

  it('counts matches exactly up to the cap and past it reports a lower bound; ranks and facets the newest', async () => {
    // Small bounds, so a few records reach them (the defaults are in ../../src/store/search-bounds.ts).
    const { store } = await kind.open({ searchBounds: { totalCap: 5, rankWindow: 3, facetSample: 4 } });
    try {
      const texts = [
        'The ferry to Helsinki left late on Monday because of ice in the harbour, the operator said.',
        'A new ferry terminal opened in Split, where tourists queued for hours in the summer heat.',
        'Strikes halted the night ferry between Dover and Calais, stranding lorry drivers on both coasts.',
        'The central bank raised interest rates by half a point to curb inflation, its governor announced.',
        'Farmers in Punjab burned stubble again this autumn, covering Delhi in thick smog for a week.',
        'Engineers inspected the old ferry after a collision with a fishing boat near Stavanger.',
        'Islanders protested against cuts to the winter ferry timetable outside the council offices in Oban.',
        'The ferry company ordered two electric vessels from a shipyard in Turku for its lake routes.',
      ];
      const ids: string[] = [];
      for (const [i, text] of texts.entries()) {
        const r = recordFrom(text, { path: `ferry-${i}.txt`, published: `${2010 + i}-06-01` });
        expect((await store.put(r)).status).toBe('new');
        ids.push(r.id);
      }
      // Six records say "ferry": more than the cap of 5, so the total is a lower bound.
      const ferry = await store.search({ text: 'ferry' });
      expect([ferry.total, ferry.totalRelation, ferry.facetSample]).toEqual([5, 'gte', 4]);
      // Ranked among the newest 3 matches (in the order stored), facets over the newest 4.
      expect(ferry.hits.map((h) => h.id).sort()).toEqual([ids[5], ids[6], ids[7]].sort());
      expect(ferry.facets.years).toEqual(['2017', '2016', '2015', '2012'].map((value) => ({ value, count: 1 })));
      // At or under the cap the total is exact.
      expect(await store.search({ text: 'ferry', since: '2012-01-01' })).toMatchObject({
        total: 4,
        totalRelation: 'eq',
      });
      expect(await store.search({ until: '2014' })).toMatchObject({ total: 5, totalRelation: 'eq' });
      expect(await store.search({ text: 'punjab' })).toMatchObject({ total: 1, totalRelation: 'eq' });
      // Without words: the same cap; the page still lists the newest published first.
      const all = await store.search({ limit: 3 });
      expect([all.total, all.totalRelation]).toEqual([5, 'gte']);
      expect(all.hits.map((h) => h.id)).toEqual([ids[7], ids[6], ids[5]]);
    } finally {
      await store.close();
    }
  });

  it('finds the newest matches wherever they lie among the stored records', async () => {
    // The PostgreSQL store walks the records newest first in ranges, testing each record or asking
    // its GIN index by how densely the range before matched: a word in every third record, one only
    // in the oldest records, and a phrase whose words also come apart.
    const { store } = await kind.open({ searchBounds: { totalCap: 5, rankWindow: 5, facetSample: 5 } });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 30; i++) {
        const words = [
          i % 3 === 0 ? 'A heron waded in the reeds.' : 'Gulls circled the pier.',
          i < 3 ? 'A kestrel hovered over the dunes.' : 'The tide came in.',
          i % 4 === 0 ? 'Water tariffs rose again.' : 'The water board met on tariffs.',
        ];
        const r = recordFrom(`Record ${i} of the shore log. ${words.join(' ')}`, { path: `shore-${i}.txt` });
        expect((await store.put(r)).status).toBe('new');
        ids.push(r.id);
      }
      const found = async (text: string) => {
        const page = await store.search({ text, limit: 10 });
        return [page.total, page.totalRelation, page.hits.map((h) => h.id).sort()];
      };
      const newest = (keep: (i: number) => boolean, n: number) =>
        ids
          .filter((_, i) => keep(i))
          .slice(-n)
          .sort();
      expect(await found('heron')).toEqual([5, 'gte', newest((i) => i % 3 === 0, 5)]);
      expect(await found('kestrel')).toEqual([3, 'eq', newest((i) => i < 3, 3)]);
      expect(await found('"water tariffs"')).toEqual([5, 'gte', newest((i) => i % 4 === 0, 5)]);
      expect(await found('kestrel heron')).toEqual([1, 'eq', [ids[0]]]);
    } finally {
      await store.close();
    }
  });

  it('finds a text in a date range however the dates are written, wherever the matches lie', async () => {
    // Dates as days, date-times, months, years, none or no date at all, in a range given as a day,
    // a month or a year, or open at one end. The PostgreSQL store asks its full-text index for the words and the range's months together
    // (src/store/postgres/dated-text.ts) once the newest records hold too few matches.
    const { store } = await kind.open({ searchBounds: { totalCap: 5, rankWindow: 5, facetSample: 5 } });
    try {
      const forms = [
        (y: number) => `${y}-06-15`,
        (y: number) => `${y}-06-15T08:30:00Z`,
        (y: number) => `${y}-06`,
        (y: number) => `${y}`,
        () => null,
        () => 'undated',
      ];
      const records = Array.from({ length: 30 }, (_, i) => {
        const words = i % 3 === 0 ? 'A heron waded in the reeds.' : 'Gulls circled the pier.';
        const published = forms[Math.floor(i / 3) % forms.length](2000 + i);
        return { ...recordFrom(`Entry ${i} of the shore log. ${words}`, { path: `dated-${i}.txt` }), published };
      });
      for (const r of records) expect((await store.put(r)).status).toBe('new');
      const expected = (since: string | undefined, until: string | undefined) => {
        // The filters' meaning (src/store/sql/filters.ts), in code-point order as both stores compare.
        const ids = records
          .filter((r, i) => i % 3 === 0 && r.published !== null)
          .filter(
            (r) =>
              (since === undefined || r.published! >= since) &&
              (until === undefined || r.published!.slice(0, until.length) <= until),
          )
          .map((r) => r.id);
        return [Math.min(ids.length, 5), ids.length > 5 ? 'gte' : 'eq', ids.slice(-5).sort()];
      };
      for (const [since, until] of [
        ['2012-06-15', '2021'],
        ['2003', '2015-06'],
        [undefined, '2015-06-15'],
        ['2006-06-15T09', '2020-06-15'],
        ['2021-06', undefined],
        ['2009', '2009'],
        ['2026', undefined],
      ]) {
        const page = await store.search({ text: 'heron', since, until, limit: 10 });
        expect([page.total, page.totalRelation, page.hits.map((h) => h.id).sort()], `${since}..${until}`).toEqual(
          expected(since, until),
        );
      }
    } finally {
      await store.close();
    }
  });

  it('filters by author substring, entity, place and source, past the cap too', async () => {
    // A cap of 2, so the filters below are also met past it, where the page is found by walking
    // the records by date (the PostgreSQL store serves each filter from an index of its own).
    const { store } = await kind.open({ searchBounds: { totalCap: 2, rankWindow: 2, facetSample: 2 } });
    try {
      const put = async (text: string, i: number, authors: string[]) => {
        const r = { ...recordFrom(text, { path: `desk/${i}.txt`, published: `${2015 + i}-03-01` }), authors };
        expect((await store.put(r)).status).toBe('new');
        return r;
      };
      const lagos = 'Traffic in Lagos stood still after the flooding, the state government said.';
      const a = await put(`${lagos} Ferries ran instead.`, 0, ['Ada Xu']);
      const b = await put(`${lagos} Schools were closed.`, 1, ['Bo Lin', 'Max Vortex']);
      const c = await put(`${lagos} Markets reopened.`, 2, ['Cy Smith']);
      const d = await put('Lagos Bank raised its fees, the bank said in Accra.', 3, ['Cy Smith']);
      // Author: a substring of any length, case-blind, over the names of each record.
      expect((await store.search({ author: 'x' })).hits.map((h) => h.id)).toEqual([b.id, a.id]);
      expect((await store.search({ author: 'VORTEX', text: 'schools' })).hits.map((h) => h.id)).toEqual([b.id]);
      expect((await store.search({ author: 'x', text: 'markets' })).total).toBe(0);
      expect((await store.search({ author: 'nobody' })).total).toBe(0);
      // Past the cap of 2: the newest published first.
      const smith = await store.search({ author: 'smith', limit: 1 });
      expect([smith.total, smith.totalRelation, smith.hits[0].id]).toEqual([2, 'eq', d.id]);
      // A replaced page is found under its new author and no longer under its old one.
      await store.put({ ...a, text: `${a.text} Updated.`, id: 'e'.repeat(16), authors: ['Di Rowe'] });
      expect((await store.search({ author: 'rowe' })).total).toBe(1);
      expect((await store.search({ author: 'xu' })).total).toBe(0);
      // Entity and place by name.
      const place = await store.search({ place: 'Lagos' });
      expect([place.total, place.totalRelation]).toEqual([2, 'gte']);
      expect(place.hits.map((h) => h.id)).toEqual([d.id, c.id, b.id, 'e'.repeat(16)]);
      expect((await store.search({ place: 'Lagos', text: 'markets' })).hits.map((h) => h.id)).toEqual([c.id]);
      expect((await store.search({ place: 'Nowhere' })).total).toBe(0);
      expect((await store.search({ entity: 'Lagos', text: 'schools' })).hits.map((h) => h.id)).toEqual([b.id]);
      // Source: a part of the path, case-blind; a part no record has finds nothing.
      expect((await store.search({ source: 'DESK/3' })).hits.map((h) => h.id)).toEqual([d.id]);
      expect((await store.search({ source: 'pages/1' })).total).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('records failures and clears them', () =>
    withStore(kind, async (store) => {
      await store.recordFailure('x.html', 'empty input');
      await store.recordFailure('x.html', 'empty input');
      expect(await store.failures()).toMatchObject([{ input: 'x.html', attempts: 2, reason: 'empty input' }]);
      await store.clearFailure('x.html');
      expect(await store.failures()).toEqual([]);
    }));

  it('writes a record all or nothing', async () => {
    const { store, location } = await kind.open();
    await store.close();
    await kind.refuseEntity(location, 'Refusia');
    await withStore(
      {
        ...kind,
        open: async () => ({ store: await (await import('../../src/store/index.js')).openStore(location), location }),
      },
      async (again) => {
        const doomed = {
          ...recordFrom(BASE, { path: 'doomed.txt' }),
          entities: [{ id: 'e1', type: 'GPE' as const, name: 'Refusia', aliases: [], mentions: [[0, 6] as const] }],
        };
        await expect(again.put(doomed)).rejects.toThrow(/refused by test/);
        expect(await again.count()).toBe(0);
        expect((await again.search({ text: 'military' })).total).toBe(0);
        expect((await again.put(recordFrom(OTHER, { path: 'fine.txt' }))).status).toBe('new');
        expect((await again.search({})).total).toBe(1);
      },
    );
  });

  it('keeps ingest state: finished items, validators and near-duplicate fingerprints', () =>
    withStore(kind, async (store) => {
      const state = store.ingestState;
      expect(await state.isDone('k1')).toBe(false);
      await state.markDone('k1', 'v1', 'r1');
      expect(await state.isDone('k1')).toBe(true);
      expect(await state.isDone('k1', 'v1')).toBe(true);
      expect(await state.isDone('k1', 'v2')).toBe(false);
      await state.markDone('k1', 'v2', 'r1');
      expect(await state.isDone('k1', 'v2')).toBe(true);
      expect(await state.validators('https://x.example/feed')).toBeUndefined();
      await state.saveValidators('https://x.example/feed', { etag: '"abc"' });
      expect(await state.validators('https://x.example/feed')).toEqual({ etag: '"abc"' });
      await state.saveValidators('https://x.example/feed', { lastModified: 'Tue, 01 Mar 2022 10:00:00 GMT' });
      expect(await state.validators('https://x.example/feed')).toEqual({
        lastModified: 'Tue, 01 Mar 2022 10:00:00 GMT',
      });
      // Fingerprints count only while their record is stored, and only from other sources.
      const stored = recordFrom(BASE, { path: 'a.txt' });
      await store.put(stored);
      await state.saveFingerprint(stored.id, 'a.txt', 'sig-a', ['b1', 'b2'], stored.id);
      await state.saveFingerprint('gone', 'c.txt', 'sig-c', ['b1'], 'gone');
      await state.saveFingerprint('member', 'd.txt', 'sig-d', ['b1'], stored.id);
      expect(await state.fingerprintCandidates(['b2', 'b9'], 'z.txt')).toEqual([
        { signature: 'sig-a', groupId: stored.id },
      ]);
      expect(await state.fingerprintCandidates(['b1'], 'a.txt')).toEqual([]);
    }));

  describe('events across articles', () => {
    it('merges reports of the same event from several sources and keeps others apart', () =>
      withStore(kind, async (store) => {
        await store.put(
          report(
            'Russian forces shelled Kharkiv on Saturday, killing three people, regional officials said.',
            '2024-03-10',
            'https://a.example/1',
          ),
        );
        await store.put(
          report(
            'Kharkiv was shelled by Russian troops over the weekend, the regional governor said on Monday.',
            '2024-03-11',
            'https://b.example/2',
          ),
        );
        await store.put(
          report(
            'Russian artillery shelled Kharkiv overnight, Ukrainian officials said.',
            '2024-03-10',
            'https://c.example/3',
          ),
        );
        // Two weeks later: a new attack on the same city.
        await store.put(
          report(
            'Russian forces shelled Kharkiv again on Thursday, damaging a power station.',
            '2024-03-28',
            'https://a.example/4',
          ),
        );
        // Same day, other city and actor.
        await store.put(
          report(
            'Police in Lagos arrested 20 protesters outside the state assembly.',
            '2024-03-10',
            'https://d.example/5',
          ),
        );
        // A forecast is not the same event as an attack that happened.
        await store.put(
          report(
            'Ukrainian officials say Russian forces could shell Kharkiv again this week.',
            '2024-03-11',
            'https://e.example/6',
          ),
        );

        const assaults = await store.events({ type: 'ASSAULT', modality: 'asserted' });
        expect(assaults.total).toBe(2);
        const merged = assaults.events.find((e) => e.sources.length > 1);
        expect(merged?.sources.map((s) => s.source).sort()).toEqual([
          'https://a.example/1',
          'https://b.example/2',
          'https://c.example/3',
        ]);
        expect(merged?.place?.name).toBe('Kharkiv');
        expect(merged?.firstDate).toBe('2024-03-09'); // "on Saturday" before Sunday 10 March
        const later = assaults.events.find((e) => e !== merged);
        expect(later?.sources.map((s) => s.source)).toEqual(['https://a.example/4']);

        expect((await store.events({ type: 'ASSAULT', modality: 'possible' })).total).toBe(1);
        expect((await store.events({ type: 'COERCE' })).events[0]?.sources).toHaveLength(1);
        expect((await store.events({ place: 'Kharkiv', minSources: 2 })).total).toBe(1);
        expect((await store.events({ actor: 'Russian', since: '2024-03-20' })).events.map((e) => e.lastDate)).toEqual([
          '2024-03-28',
        ]);
      }));

    it('does not chain reports a few days apart into one endless cluster', () =>
      withStore(kind, async (store) => {
        for (let day = 1; day <= 21; day += 2) {
          const date = `2024-05-${String(day).padStart(2, '0')}`;
          await store.put(
            report(
              `Russian forces shelled Kharkiv overnight, regional officials said (report ${day}).`,
              date,
              `https://chain.example/${day}`,
            ),
          );
        }
        const { events } = await store.events({ type: 'ASSAULT', modality: 'asserted' });
        expect(events.length).toBeGreaterThan(1);
        for (const e of events)
          expect((Date.parse(e.lastDate!) - Date.parse(e.firstDate!)) / 86_400_000).toBeLessThanOrEqual(14);
      }));

    it('updates clusters when a source changes its text and drops empty clusters', () =>
      withStore(kind, async (store) => {
        await store.put(
          report(
            'Russian forces shelled Kharkiv on Saturday, regional officials said.',
            '2024-03-10',
            'https://a.example/1',
          ),
        );
        await store.put(
          report(
            'Russian artillery shelled Kharkiv overnight, Ukrainian officials said.',
            '2024-03-10',
            'https://b.example/2',
          ),
        );
        expect((await store.events({ type: 'ASSAULT' })).events[0].sources).toHaveLength(2);
        await store.put(
          report('The regional governor visited a school in Kharkiv on Sunday.', '2024-03-10', 'https://b.example/2'),
        );
        const after = await store.events({ type: 'ASSAULT' });
        expect(after.total).toBe(1);
        expect(after.events[0].sources.map((s) => s.source)).toEqual(['https://a.example/1']);
        await store.put(report('Markets in Kharkiv reopened on Monday.', '2024-03-11', 'https://a.example/1'));
        expect((await store.events({ type: 'ASSAULT' })).total).toBe(0);
      }));
  });

  describe('corpus views over the annotated test corpus', () => {
    let store: Store;
    let ids: Record<string, string>;
    const dir = mkdtempSync(join(tmpdir(), 'dateline-views-'));
    afterAll(async () => {
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const corpus = async () => {
      if (!store) ({ store, ids } = await buildTestCorpus(dir, (await kind.open()).store));
      return store;
    };

    it('searches with snippets, facets, filters and paging', async () => {
      const s = await corpus();
      const page = await s.search({ text: 'Dushanbe' });
      expect([page.total, page.totalRelation]).toEqual([3, 'eq']);
      expect(page.hits[0].snippet).toContain('[Dushanbe]');
      expect(page.facets.places.find((f) => f.value === 'Dushanbe')?.count).toBe(3);
      expect(page.facets.eventTypes.map((f) => f.value)).toContain('PROTEST');
      expect((await s.search({ entity: 'PERSON:vladimir putin' })).total).toBe(2);
      expect((await s.search({ eventType: 'PROTEST', modality: 'hypothetical' })).hits.map((h) => h.id)).toEqual([
        ids[BASE_PAGES[2].url],
      ]);
      expect((await s.search({ since: '2022-03-01' })).total).toBe(2);
      const second = await s.search({ limit: 1, offset: 1 });
      expect(second.hits).toHaveLength(1);
      expect(second.total).toBe(4);
    });

    it('profiles an entity across the corpus', async () => {
      const s = await corpus();
      const putin = await s.entity('PERSON:vladimir putin');
      expect(putin).toMatchObject({ name: 'Vladimir Putin', type: 'PERSON', title: 'President', records: 2 });
      expect(putin!.overTime.map((d) => d.date)).toEqual(['2022-02-17', '2022-02-20']);
      expect(putin!.quotes[0].content).toContain('actively working');
      expect(putin!.cooccurring.map((c) => c.name)).toContain('Emomali Rakhmon');
      expect((await s.entity('geo:1221874'))?.geo).toMatchObject({ country: 'TJ' });
      expect(await s.entity('PERSON:nobody')).toBeNull();
    });

    it('lists quotes, event mentions, timeline buckets and places', async () => {
      const s = await corpus();
      expect((await s.quotes({})).total).toBe(2);
      const rakhmon = (await s.quotes({ speaker: 'rakhmon' })).quotes[0];
      expect(rakhmon.content).toContain('cooperation');
      expect(rakhmon.pieces).toEqual([rakhmon.span]);
      expect((await s.quotes({ about: 'geo:1220409' })).quotes.map((q) => q.speaker)).toEqual(['Vladimir Putin']);
      expect((await s.quotes({ about: 'nowhere' })).total).toBe(0);
      expect((await s.quotes({ text: 'stronger' })).total).toBe(1);
      expect((await s.eventMentions({ type: 'PROTEST' })).total).toBe(3);
      expect((await s.eventMentions({ modality: 'negated' })).total).toBe(2);
      const central = await s.eventMentions({ bbox: [60, 30, 75, 40] });
      expect(central.total).toBe(8);
      expect(central.events.every((e) => e.country !== 'RU')).toBe(true);
      expect((await s.eventMentions({ since: '2022-03-01', until: '2022-03-31' })).total).toBe(4);
      const weeks = await s.timeline({ interval: 'week' });
      expect(new Set(weeks.map((w) => w.period))).toEqual(new Set(['2022-02-14', '2022-02-28']));
      expect(
        weeks.find((w) => w.period === '2022-02-28' && w.type === 'PROTEST' && w.modality === 'asserted')?.count,
      ).toBe(1);
      expect((await s.timeline({ interval: 'day', type: 'CONSULT' })).map((d) => d.period)).toEqual([
        '2022-02-17',
        '2022-02-20',
      ]);
      expect((await s.places({}))[0]).toMatchObject({ name: 'Dushanbe', records: 3 });
    });
  });
});

describe.runIf(KINDS.length > 1)('PostgreSQL answers as SQLite does', () => {
  it('gives the same totals, hits, facets and corpus views on the same corpus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-same-'));
    const stores = await Promise.all(
      KINDS.map(async (k) => (await buildTestCorpus(join(dir), (await k.open()).store)).store),
    );
    try {
      const answers = async (s: Store) => {
        const searches = [
          { text: 'Dushanbe' },
          { text: 'putin rakhmon' },
          { text: '"military base"' },
          { text: 'tajik*' },
          {},
          { since: '2022-03-01' },
          { text: 'said', entity: 'PERSON:vladimir putin' },
          { eventType: 'PROTEST' },
          { text: 'Moscow', until: '2022-02-28' },
        ];
        const out: unknown[] = [];
        for (const q of searches) {
          const p = await s.search(q);
          out.push({
            q,
            total: p.total,
            totalRelation: p.totalRelation,
            hits: p.hits.map((h) => ({ id: h.id, snippet: h.snippet })).sort((a, b) => a.id.localeCompare(b.id)),
            facets: Object.fromEntries(
              Object.entries(p.facets).map(([k, v]) => [k, [...v].sort((a, b) => a.value.localeCompare(b.value))]),
            ),
          });
        }
        out.push(
          await s.entity('PERSON:vladimir putin'),
          await s.quotes({}),
          await s.eventMentions({}),
          await s.timeline({ interval: 'week' }),
          await s.places({}),
          await s.events({}),
        );
        return out;
      };
      const [sqlite, postgres] = await Promise.all(stores.map(answers));
      expect(postgres).toEqual(sqlite);
    } finally {
      for (const s of stores) await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
