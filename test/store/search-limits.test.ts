// What one search may cost: the query parser's limits, snippets of hostile pages, and searches in
// worker threads with a time limit (prefixes that start too many words: the conformance suite, for
// both stores). Real SQLite files; costs are bounded in CPU time, never in wall-clock time.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, SearchQueryError, SearchTimeoutError, type Store } from '../../src/store/index.js';
import { MAX_QUERY_TERMS, parseQueryText } from '../../src/store/query-text.js';
import { snippet } from '../../src/store/snippet.js';
import { startSearchWorker } from '../../src/store/sqlite/search-pool.js';
import { plainRecord as record } from '../helpers/plain-record.js';
import { tempDir } from '../helpers/tmp.js';

/** CPU seconds (user + system) spent by this process in fn. */
async function cpuSeconds(fn: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

describe('the query parser', () => {
  it('keeps each term once, so a word repeated 124 times costs what one does', () => {
    const terms = parseQueryText(`${'the '.repeat(124)}of`);
    expect(terms.map((t) => t.text)).toEqual(['the', 'of']);
  });

  it('refuses too many terms, too many or too short prefixes, naming the limit', () => {
    const words = Array.from({ length: MAX_QUERY_TERMS + 1 }, (_, i) => `word${i}`).join(' ');
    expect(() => parseQueryText(words)).toThrow(/too many search terms: 17 \(limit 16\)/);
    expect(() => parseQueryText('a* b')).toThrow(SearchQueryError);
    expect(() => parseQueryText('a* b')).toThrow(/prefix "a\*" is too short/);
    expect(() => parseQueryText('ab* cd* ef* gh* ij*')).toThrow(/too many prefix terms/);
    expect(() => parseQueryText(`"${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')}"`)).toThrow(
      /too many words/,
    );
  });

  it('keeps phrases, prefixes and words in other scripts', () => {
    expect(parseQueryText('"military base" tajik* (Dushanbe) हिन्दी')).toEqual([
      { text: 'military base', phrase: true, prefix: false },
      { text: 'tajik', phrase: false, prefix: true },
      { text: 'Dushanbe', phrase: false, prefix: false },
      { text: 'हिन्दी', phrase: false, prefix: false },
    ]);
  });
});

describe('snippets', () => {
  it('mark words and phrases around the densest part of the text', () => {
    const text =
      'Intro words here. ' +
      'Filler text goes on. '.repeat(20) +
      'Russia will expand its military base in Tajikistan, officials said.';
    const s = snippet(text, parseQueryText('"military base" tajik*'));
    expect(s).toContain('[military base] in [Tajikistan]');
    expect(s.startsWith('…')).toBe(true);
    expect(snippet('Crème brûlée in Zürich.', parseQueryText('creme zurich'))).toBe('[Crème] brûlée in [Zürich].');
  });

  it('cost time linear in the matches: a page of 200,000 copies of one word', async () => {
    const text = 'the '.repeat(200_000);
    const cpu = await cpuSeconds(async () => snippet(text, parseQueryText('the')));
    expect(cpu).toBeLessThan(2);
  });
});

describe('searching a store with hostile pages', () => {
  const dir = tempDir();

  it('answers a word that a page repeats 20,000 times in well under a CPU-second (FTS5 snippet(): 7 s per page)', async () => {
    const store = await openStore(join(dir, 'repeat.db'));
    for (let i = 0; i < 5; i++) await store.put(record(`hostile-${i}.txt`, `${'the '.repeat(20_000)}end ${i}`));
    await store.put(record('normal.txt', 'The minister said the talks would go on.'));
    let total = 0;
    const cpu = await cpuSeconds(async () => {
      total = (await store.search({ text: 'the' })).total;
    });
    expect(total).toBe(6);
    expect(cpu).toBeLessThan(1);
    await store.close();
  });

  it('takes a NUL or other control character in a query as a space (found by fuzzing: "0\\u00000" broke the FTS5 query)', async () => {
    const store = await openStore(join(dir, 'nul.db'));
    await store.put(record('nul.txt', 'Talks on route 0 resumed.'));
    expect(parseQueryText('0\u00000')).toEqual([{ text: '0', phrase: false, prefix: false }]);
    expect((await store.search({ text: 'route\u0000talks' })).total).toBe(1);
    await store.close();
  });
});

describe('searches in worker threads', () => {
  const dir = tempDir();
  const path = join(dir, 'threads.db');

  async function corpus(): Promise<Store> {
    const store = await openStore(path);
    await store.put(record('a.txt', 'Officials in Dushanbe met on Monday to discuss the border.'));
    await store.put(
      record('b.txt', 'Flooding along the Mekong displaced families in Laos.', { published: '2023-05-01' }),
    );
    await store.close();
    return openStore(path, { searchThreads: 2 });
  }

  it('give the same pages as the main thread, and the same errors', async () => {
    const store = await corpus();
    const plain = await openStore(path);
    for (const q of [{ text: 'Dushanbe' }, { text: '"the border"' }, {}, { text: 'flood*', since: '2023' }]) {
      expect(await store.search(q)).toEqual(await plain.search(q));
    }
    await expect(store.search({ text: 'x* y' })).rejects.toBeInstanceOf(SearchQueryError);
    await plain.close();
    await store.close();
  });

  it('abort a statement once the deadline has passed, and the thread goes on answering', async () => {
    await (await corpus()).close();
    const worker = startSearchWorker(path);
    await new Promise((resolve) => worker.once('message', resolve)); // 'ready'
    const answer = (job: object) =>
      new Promise<Record<string, unknown>>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage(job);
      });
    const late = await answer({
      id: 1,
      kind: 'search',
      query: { text: 'Dushanbe' },
      deadline: Date.now() - 1,
      limitMs: 1,
    });
    expect(late).toMatchObject({ id: 1, error: { kind: 'timeout' } });
    const inTime = await answer({
      id: 2,
      kind: 'search',
      query: { text: 'Dushanbe' },
      deadline: Date.now() + 60_000,
      limitMs: 60_000,
    });
    expect((inTime as { result: { total: number } }).result.total).toBe(1);
    await worker.terminate();
  });

  it('fail a search that waited past its limit behind others with a timeout, not a hang', async () => {
    await (await corpus()).close();
    const store = await openStore(path, { searchThreads: 1, searchTimeLimitMs: 0 });
    await expect(store.search({ text: 'Dushanbe' })).rejects.toBeInstanceOf(SearchTimeoutError);
    await store.close();
  });
});
