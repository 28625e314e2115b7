// The SQLite store as a server opens it: searches and corpus views answered by worker threads with
// their own read-only connections and a time limit (src/store/sqlite/search-pool.ts), so that one
// costly view (an entity page, the places map over a large corpus) never holds up the others.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, SearchTimeoutError, type Store } from '../../src/store/index.js';
import { SERVER_STORE_OPTIONS } from '../../src/serve/listen.js';
import { buildTestCorpus } from '../serve/corpus.js';
import { tempDir } from '../helpers/tmp.js';

/** Every corpus view once, and a search and its export. */
async function answers(s: Store): Promise<unknown[]> {
  const exported: string[] = [];
  for await (const r of s.records({ text: 'Dushanbe' })) exported.push(r.id);
  return [
    await s.search({ text: 'Dushanbe' }),
    await s.entity('PERSON:vladimir putin'),
    await s.quotes({}),
    await s.quotes({ about: 'Tajikistan' }),
    await s.eventMentions({ bbox: [60, 30, 75, 40] }),
    await s.timeline({ interval: 'week' }),
    await s.places({}),
    await s.events({}),
    await s.citedDomains({ text: 'Dushanbe' }),
    exported,
  ];
}

describe('reads in worker threads', () => {
  const dir = tempDir();

  it('answer every view as the main connection does', async () => {
    const { store, path } = await buildTestCorpus(dir);
    const direct = await answers(store);
    await store.close();
    const threaded = await openStore(path, {
      ...SERVER_STORE_OPTIONS,
      searchTimeLimitMs: 60_000,
      viewTimeLimitMs: 60_000,
    });
    try {
      expect(await answers(threaded)).toEqual(direct);
    } finally {
      await threaded.close();
    }
  });

  it('go through the threads and their time limit: with no time at all, each view is refused', async () => {
    const path = join(dir, 'test.db');
    const store = await openStore(path, { ...SERVER_STORE_OPTIONS, searchTimeLimitMs: 0, viewTimeLimitMs: 0 });
    try {
      const views: [string, () => Promise<unknown>][] = [
        ['search', () => store.search({ text: 'Dushanbe' })],
        ['entity', () => store.entity('PERSON:vladimir putin')],
        ['quotes', () => store.quotes({})],
        ['eventMentions', () => store.eventMentions({})],
        ['timeline', () => store.timeline({ interval: 'day' })],
        ['places', () => store.places({})],
        ['events', () => store.events({})],
        ['citedDomains', () => store.citedDomains({})],
      ];
      for (const [name, view] of views) {
        const answer = await view().then(
          () => 'answered',
          (err: Error) => err,
        );
        expect(answer, name).toBeInstanceOf(SearchTimeoutError);
        expect((answer as Error).message, name).toMatch(/waited 0 ms behind other reads/);
      }
    } finally {
      await store.close();
    }
  });
});
