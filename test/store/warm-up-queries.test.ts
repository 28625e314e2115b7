// The warm-up searches a store runs on each search connection before a server takes requests
// (src/store/warm-up.ts): from the newest record's values, one search per path of the matcher and
// of each filter, so that no user's first search of a kind compiles its code or its statements.
// Their answers are dropped: a threaded store, warmed up, answers every kind of search as the
// store's own connection does.
import { describe, expect, it } from 'vitest';
import { warmUpQueries } from '../../src/store/warm-up.js';
import { openStore, type SearchQuery, type Store } from '../../src/store/index.js';
import { SERVER_STORE_OPTIONS } from '../../src/serve/listen.js';
import { buildTestCorpus } from '../serve/corpus.js';
import { tempDir } from '../helpers/tmp.js';

describe('the warm-up searches', () => {
  it('cover each filter path when the newest record gives its values', () => {
    const queries = warmUpQueries({
      title: 'Harbour council reopens the market',
      published: '2024-03-05',
      uri: 'https://news.example/2024/harbour',
      eventType: 'CONSULT',
      modality: 'asserted',
      entityKey: 'ORG:harbour council',
    });
    expect(queries).toEqual([
      {},
      { text: 'Harbour' },
      { text: 'Harb*' },
      { text: '"Harbour council"' },
      { since: '2024-01-01' },
      { text: 'Harbour', since: '2024-01-01', until: '2024-12-31' },
      { eventType: 'CONSULT' },
      { text: 'Harbour', modality: 'asserted' },
      { source: 'news.example' },
      { text: 'Harbour', entity: 'ORG:harbour council' },
    ]);
  });

  it('are the title searches alone when only the title is known, and none but the listing for an empty store', () => {
    expect(warmUpQueries({ title: 'Harbour council reopens' })).toEqual([
      {},
      { text: 'Harbour' },
      { text: 'Harb*' },
      { text: '"Harbour council"' },
    ]);
    expect(warmUpQueries(undefined)).toEqual([{}]);
    expect(warmUpQueries({ title: null, uri: 'not an address', published: 'unknown' })).toEqual([{}]);
  });

  it('leave every kind of search answered as the store itself answers it', async () => {
    const { store, path } = await buildTestCorpus(tempDir());
    const searches: SearchQuery[] = [
      { text: 'Dushanbe' },
      { text: 'Dushanbe', since: '2022-01-01', until: '2024-12-31' },
      { since: '2022-01-01' },
      { eventType: 'PROTEST' },
      { text: 'officials', modality: 'future' },
      { source: 'example' },
      { text: 'talks', entity: 'PERSON:vladimir putin' },
      { text: 'border', offset: 1 },
    ];
    const answers = async (s: Store) => {
      const out: unknown[] = [];
      for (const q of searches) out.push(await s.search(q));
      return out;
    };
    const direct = await answers(store);
    // Most of them find something, so the comparison is of hits and facets, not of empty pages.
    expect(direct.filter((p) => (p as { hits: unknown[] }).hits.length > 0).length).toBeGreaterThanOrEqual(6);
    await store.close();
    const threaded = await openStore(path, { ...SERVER_STORE_OPTIONS, searchTimeLimitMs: 60_000 });
    try {
      expect(await answers(threaded)).toEqual(direct);
    } finally {
      await threaded.close();
    }
  });
});
