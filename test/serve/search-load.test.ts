// Costly searches against a real server on 127.0.0.1: they run in worker threads, so a record
// requested meanwhile is answered without waiting for them; the query limits answer 400 and a
// search past its time limit 503, each naming the reason.
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, SERVER_STORE_OPTIONS } from '../../src/serve/listen.js';
import { openStore, type Store } from '../../src/store/index.js';
import { plainRecord } from '../helpers/plain-record.js';
import type { ArticleRecord } from '../../src/record/types.js';
import { tempDir } from '../helpers/tmp.js';

const RECORDS = 300;
const WORDS = [
  'the',
  'of',
  'border',
  'talks',
  'minister',
  'officials',
  'security',
  'protest',
  'prices',
  'troops',
  'election',
  'court',
];

function record(i: number): ArticleRecord {
  const text =
    Array.from({ length: 1_000 }, (_, k) => WORDS[(i * 7 + k * 3 + (k >> 4)) % WORDS.length]).join(' ') + '.';
  return plainRecord(`page-${i}.txt`, text, { title: `Page ${i}` });
}

/** GET on a fresh connection; resolves with the status, body and the order in which it finished. */
function get(base: string, path: string, finished: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(base + path, { agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => {
          finished.push(path);
          resolve({ status: res.statusCode ?? 0, body });
        });
      })
      .on('error', reject);
  });
}

describe('searches under load', () => {
  const dir = tempDir();
  let store: Store;
  let base: string;
  let close: () => Promise<void>;
  let articleId: string;

  beforeAll(async () => {
    const path = join(dir, 'load.db');
    const writer = await openStore(path);
    for (let i = 0; i < RECORDS; i++) await writer.put(record(i));
    articleId = record(0).id;
    await writer.close();
    // The server's threads with a generous time limit: this test is about who waits for whom, on a
    // machine that may be busy with other work.
    store = await openStore(path, { ...SERVER_STORE_OPTIONS, searchTimeLimitMs: 60_000 });
    const { app, url } = await listen({ store, port: 0, webRoot: join(dir, 'no-web') });
    base = url.replace(/\/$/, '');
    close = async () => {
      await app.close();
      await store.close();
    };
  });
  afterAll(async () => close?.());

  it('answers a record while a dozen uncached searches are running', async () => {
    const finished: string[] = [];
    const pairs = WORDS.flatMap((a, i) => WORDS.slice(i + 1).map((b) => `${a} ${b}`)).slice(0, 12);
    // 200 hits each (snippets of 1,000-word texts): searches that cost more than a record read even
    // on warmed-up threads (with 10 hits, warmed threads answered half of them before the record).
    const searches = pairs.map((q) => get(base, `/api/search?q=${encodeURIComponent(q)}&limit=200`, finished));
    const article = get(base, `/api/articles/${articleId}`, finished);
    const results = await Promise.all([...searches, article]);
    expect(results.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    // On the main thread every search read before the record would be answered before it.
    const searchesBefore = finished.indexOf(`/api/articles/${articleId}`);
    expect(searchesBefore).toBeLessThan(pairs.length / 2);
  });

  it('answers a word repeated 124 times like the word once, and refuses queries past the limits with 400', async () => {
    const finished: string[] = [];
    const repeated = await get(base, `/api/search?q=${encodeURIComponent(`${'the '.repeat(124)}of`)}`, finished);
    expect(repeated.body).toContain('"total"');
    const once = await get(base, '/api/search?q=the%20of', finished);
    expect(JSON.parse(repeated.body).total).toBe(JSON.parse(once.body).total);
    const many = await get(
      base,
      `/api/search?q=${encodeURIComponent(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '))}`,
      finished,
    );
    expect(many.status).toBe(400);
    expect(JSON.parse(many.body).message).toMatch(/too many search terms: 30 \(limit 16\)/);
    const prefixes = await get(base, `/api/search?q=${encodeURIComponent('a* b* c*')}`, finished);
    expect(prefixes.status).toBe(400);
  });
});
