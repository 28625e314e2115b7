// bench:search-worst: the costliest searches we can construct against a served corpus, each timed
// on the server (one request, nothing cached), while /api/articles/:id is requested every 10 ms
// beside it. Targets: no search over 2 s; no concurrent article request over 100 ms. The peer is
// the same article request on an idle server (the ratio says how much a worst search slows it).
//
// The corpus is a copy of bench:serve's database (BENCH_DB, default its 100,000-record file;
// BENCH_RECORDS=3272 npm run bench:serve makes a small one) with hostile pages added: five pages
// of 20,000 copies of "the", and a page of 1,000 made-up words sharing the prefix "zq".
//
//   npm run bench:search-worst
//   BENCH_DB=/tmp/i11-bench/serve.db npm run bench:search-worst
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { openStore } from '../src/store/index.js';
import { recordId } from '../src/record/id.js';
import { RECORD_SCHEMA_VERSION, type ArticleRecord } from '../src/record/types.js';

const DB = process.env.BENCH_DB ?? join(process.env.BENCH_DIR ?? join(tmpdir(), 'dateline-bench-serve'), 'serve.db');
const TARGET = { searchMs: 2_000, articleMs: 100 };
const COMMON = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'a',
  'said',
  'on',
  'for',
  'that',
  'with',
  'by',
  'at',
  'from',
  'who',
  'officials',
];

const QUERIES: [string, string][] = [
  ['"the" x124 + "of" (498 chars)', `${'the '.repeat(124)}of`],
  ['16 most common words', COMMON.join(' ')],
  ['16 common words, 4 two-letter prefixes', [...COMMON.slice(0, 12), 'th*', 'of*', 'an*', 'wh*'].join(' ')],
  ['prefix over 1,000 made-up words', 'zq*'],
  ['32-word phrase', `"${COMMON.concat(COMMON).join(' ')}"`],
  ['"the" over hostile pages', 'the'],
  [
    '150 one-letter prefixes (refused)',
    Array.from({ length: 150 }, (_, i) => `${'abcdefghijklmnopqrstuvwxyz'[i % 26]}*`).join(' '),
  ],
];

function plain(path: string, text: string): ArticleRecord {
  const source = { path, format: 'text' as const };
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: recordId(source, text),
    source,
    title: null,
    authors: [],
    published: '2026-01-01',
    dateline: null,
    language: 'en',
    text,
    paragraphs: [[0, text.length]],
    comments: [],
    entities: [],
    quotes: [],
    times: [],
    quantities: [],
    events: [],
    warnings: [],
  };
}

function get(base: string, path: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(base + path, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      })
      .on('error', reject);
  });
}

function startServer(db: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, '--server', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const m = /(http:\/\/\S+)/.exec(chunk.toString());
      if (m) resolve({ url: m[1].replace(/\/$/, ''), stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

async function main() {
  if (!existsSync(DB))
    throw new Error(
      `no corpus at ${DB}: run npm run bench:serve first (BENCH_RECORDS=3272 for a small one) or set BENCH_DB`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-worst-'));
  const db = join(dir, 'worst.db');
  copyFileSync(DB, db);
  const store = await openStore(db);
  for (let i = 0; i < 5; i++) await store.put(plain(`hostile-the-${i}.txt`, `${'the '.repeat(20_000)}end ${i}`));
  await store.put(plain('hostile-zq.txt', Array.from({ length: 1_000 }, (_, i) => `zq${i.toString(36)}`).join(' ')));
  const records = await store.count();
  const id = (await store.search({ limit: 1 })).hits[0].id;
  await store.close();

  const server = await startServer(db);
  try {
    const idle: number[] = [];
    for (let i = 0; i < 50; i++) idle.push((await get(server.url, `/api/articles/${id}`)).ms);
    idle.sort((a, b) => a - b);
    const idleP50 = idle[25];
    console.log(
      `bench: ${records} records (copy of ${DB} + hostile pages); idle /api/articles p50 ${idleP50.toFixed(1)} ms`,
    );
    const rows = [];
    for (const [label, q] of QUERIES) {
      let running = true;
      let worstArticle = 0;
      const poll = (async () => {
        while (running) {
          worstArticle = Math.max(worstArticle, (await get(server.url, `/api/articles/${id}`)).ms);
          await new Promise((r) => setTimeout(r, 10));
        }
      })();
      const search = await get(server.url, `/api/search?q=${encodeURIComponent(q)}`);
      running = false;
      await poll;
      rows.push({
        query: label,
        status: search.status,
        'search ms': +search.ms.toFixed(0),
        'worst article ms': +worstArticle.toFixed(1),
        'article / idle': +(worstArticle / idleP50).toFixed(1),
      });
    }
    console.table(rows);
    const worstSearch = Math.max(...rows.map((r) => r['search ms']));
    const worstArticle = Math.max(...rows.map((r) => r['worst article ms']));
    console.log(
      `worst search ${worstSearch} ms (target ≤ ${TARGET.searchMs}) ${worstSearch <= TARGET.searchMs ? 'MET' : 'MISSED'}`,
    );
    console.log(
      `worst concurrent article ${worstArticle.toFixed(1)} ms (target ≤ ${TARGET.articleMs}) ${worstArticle <= TARGET.articleMs ? 'MET' : 'MISSED'}`,
    );
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function serveOnly(db: string) {
  const { listen, SERVER_STORE_OPTIONS } = await import('../src/serve/listen.js');
  const store = await openStore(db, SERVER_STORE_OPTIONS);
  const { url } = await listen({ store, port: 0, webRoot: join(tmpdir(), 'dateline-no-web') });
  console.log(url);
  process.once('SIGTERM', () => process.exit(0));
}

if (process.argv[2] === '--server') await serveOnly(process.argv[3]);
else await main();
