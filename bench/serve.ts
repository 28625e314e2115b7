// bench:serve: the workbench API under load over a corpus of at least 100,000 records.
//
// 1. Corpus: every page in samples/ plus the serve tests' annotated pages is analysed once; the
//    records are then varied (ids, titles, dates, sources, authors, an added sentence naming a
//    person, an organisation, a place and an event drawn from pools) and stored through the store's
//    put(), so the index tables are filled exactly as ingest fills them. The database is kept in
//    BENCH_DIR and reused by the next run when it already holds enough records.
// 2. Load: the server runs in a child process on a free loopback port; autocannon (50 connections,
//    20 s per endpoint) requests search (text, filters, facets) and article pages; latencies are
//    recorded per response and reported as p50/p95/p99 with requests/s. Repeated searches are
//    answered from the store's read cache, so the first, uncached request of each query is timed
//    separately beforehand.
//
//   npm run bench:serve                       # 100,000 records, 50 connections, 20 s each
//   BENCH_RECORDS=20000 BENCH_SECONDS=5 npm run bench:serve
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openStore, type Store } from '../src/store/index.js';
import { localEntries } from '../src/sources/files.js';
import { ingest } from '../src/ingest/run.js';
import { PLOVER_TYPES, MODALITIES, type ArticleRecord, type Entity, type Span } from '../src/record/types.js';
import { buildTestCorpus } from '../test/serve/corpus.js';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = 50;
const DIR = process.env.BENCH_DIR ?? join(tmpdir(), 'dateline-bench-serve');
const SAMPLES = 'samples';
const TARGET_P95_MS = { search: 50, article: 10 };
/** Records stored per progress line. */
const REPORT_EVERY = 10_000;
/** Sizes of the pools the variations draw from: enough distinct values for realistic facets. */
const POOL = { people: 3_000, orgs: 600, places: 400, sites: 60 };
const DAYS = 6 * 365;
const START_DAY = Date.UTC(2020, 0, 1);

// ---- deterministic randomness ----
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x1_0000_0000;
  };
}
const SYLLABLES = [
  'ka',
  'ri',
  'mo',
  'to',
  'na',
  'sha',
  'vel',
  'dor',
  'en',
  'lu',
  'mi',
  'sar',
  'ko',
  'bek',
  'an',
  'ti',
  'ra',
  'zo',
  'el',
  'gar',
];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
function word(r: () => number, parts: number) {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w;
}
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

function pools() {
  const r = rng(42);
  const unique = (n: number, make: () => string) => {
    const seen = new Set<string>();
    while (seen.size < n) seen.add(make());
    return [...seen];
  };
  return {
    people: unique(POOL.people, () => `${cap(word(r, 2))} ${cap(word(r, 3))}`),
    orgs: unique(
      POOL.orgs,
      () => `${cap(word(r, 3))} ${pick(r, ['Institute', 'Ministry', 'Party', 'Council', 'Bank', 'Union'])}`,
    ),
    places: unique(POOL.places, () => cap(word(r, 3))).map((name, i) => ({
      name,
      lat: r() * 120 - 55,
      lon: r() * 340 - 170,
      id: 9_000_000 + i,
    })),
  };
}

// ---- corpus ----
async function baseRecords(dir: string): Promise<ArticleRecord[]> {
  const { store } = await buildTestCorpus(dir);
  if (existsSync(SAMPLES) && readdirSync(SAMPLES).length > 0) {
    const summary = await ingest(localEntries([SAMPLES]), store);
    console.error(`bench: analysed ${summary.new} sample pages (${summary.failed.length} failed)`);
  }
  const records: ArticleRecord[] = [];
  for await (const r of store.records()) records.push(r);
  await store.close();
  return records;
}

function vary(base: ArticleRecord, i: number, p: ReturnType<typeof pools>, vocabulary: string[]): ArticleRecord {
  const r = rng(i * 7919 + 17);
  // Dates rise with i, as a crawl of news would store them (and as cross-article event
  // clustering, which looks back a few days from each event, is designed for).
  const day = new Date(START_DAY + Math.floor((i / RECORDS) * DAYS) * 86_400_000).toISOString().slice(0, 10);
  const id = createHash('sha256').update(`bench-${i}`).digest('hex').slice(0, 16);
  const person = pick(r, p.people);
  const org = pick(r, p.orgs);
  const place = pick(r, p.places);
  const words = Array.from({ length: 6 }, () => pick(r, vocabulary));
  const site = Math.floor(r() * POOL.sites);
  // The added sentence sits after the base text, so every base span stays valid.
  const prefix = `${base.text}\n\nFiled from `;
  const sentence = `Filed from ${place.name} by ${person}, who met officials of ${org} to discuss ${words.slice(0, 4).join(' ')}.`;
  const text = `${base.text}\n\n${sentence}`;
  const at = (s: string, from = prefix.length - 'Filed from '.length): Span => {
    const start = text.indexOf(s, from);
    return [start, start + s.length];
  };
  const n = base.entities.length;
  const added: Entity[] = [
    {
      id: `e${n + 1}`,
      type: 'GPE',
      name: place.name,
      aliases: [],
      mentions: [at(place.name)],
      geo: { lat: place.lat, lon: place.lon, country: 'ZZ', geonameId: place.id },
    },
    { id: `e${n + 2}`, type: 'PERSON', name: person, aliases: [], mentions: [at(person)] },
    { id: `e${n + 3}`, type: 'ORG', name: org, aliases: [], mentions: [at(org)] },
  ];
  const sentenceSpan = at(sentence);
  return {
    ...base,
    id,
    title: `${base.title ?? 'Untitled'}: ${words[4]} ${words[5]}`,
    published: day,
    authors: [p.people[(site * 10 + Math.floor(r() * 10)) % p.people.length]],
    source: { format: 'html', uri: `https://site${site}.bench.test/${day.slice(0, 4)}/${id}` },
    text,
    paragraphs: [...base.paragraphs, sentenceSpan],
    entities: [...base.entities, ...added],
    // Base events are re-attached to this variant's people, place and day, so copies of one page do
    // not all report the same event (which would make cross-article clusters absurdly large).
    events: [
      ...base.events.map((ev) => ({
        ...ev,
        actors: [`e${n + 2}`],
        targets: [`e${n + 3}`],
        place: `e${n + 1}`,
        time: day,
      })),
      {
        id: `v${base.events.length + 1}`,
        type: pick(r, PLOVER_TYPES),
        modality: r() < 0.6 ? 'asserted' : pick(r, MODALITIES),
        actors: [`e${n + 2}`],
        targets: [`e${n + 3}`],
        place: `e${n + 1}`,
        time: day,
        trigger: { text: 'met', span: at(' met ').map((x, k) => x + (k === 0 ? 1 : -1)) as unknown as Span },
        sentence: { text: sentence, span: sentenceSpan },
      },
    ],
  };
}

async function corpus(): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, 'serve.db');
  if (existsSync(path)) {
    // A database from an older schema cannot be opened; it is generated again.
    const n = await openStore(path).then(
      async (store) => {
        const count = await store.count();
        await store.close();
        return count;
      },
      () => 0,
    );
    if (n >= RECORDS) {
      console.error(`bench: reusing ${path} (${n} records)`);
      return path;
    }
    if (n > 0) return generate(path, n);
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
  return generate(path, 0);
}

/** Stores records from..RECORDS-1; an interrupted run resumes where the database stops. */
async function generate(path: string, from: number): Promise<string> {
  if (from > 0) console.error(`bench: resuming generation at record ${from}`);
  const scratch = mkdtempSync(join(tmpdir(), 'dateline-bench-base-'));
  const bases = await baseRecords(scratch);
  rmSync(scratch, { recursive: true, force: true });
  const vocabulary = [...new Set(bases.flatMap((b) => b.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []))];
  const p = pools();
  const store: Store = await openStore(path);
  const started = Date.now();
  for (let i = from; i < RECORDS; i++) {
    await store.put(vary(bases[i % bases.length], i, p, vocabulary));
    if ((i + 1) % REPORT_EVERY === 0)
      console.error(`bench: ${i + 1} records stored, ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await store.close();
  console.error(
    `bench: generated ${RECORDS - from} records from ${bases.length} analysed pages in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return path;
}

// ---- load ----
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

function percentile(sorted: number[], q: number): number {
  return sorted.length > 0 ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
}

async function load(name: string, url: string, paths: string[]) {
  const latencies: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    if (status !== 200) errors++;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const row = {
    endpoint: name,
    requests: latencies.length,
    'req/s': Math.round(latencies.length / SECONDS),
    'p50 ms': +percentile(latencies, 0.5).toFixed(1),
    'p95 ms': +percentile(latencies, 0.95).toFixed(1),
    'p99 ms': +percentile(latencies, 0.99).toFixed(1),
    non200: errors + result.errors + result.timeouts,
  };
  return row;
}

async function main() {
  const db = await corpus();
  const store = await openStore(db);
  const ids: string[] = [];
  for (const r of (await store.search({ limit: 500 })).hits) ids.push(r.id);
  const total = await store.count();
  await store.close();
  const words = [
    'putin',
    'border',
    'protest',
    'officials',
    'military',
    'security',
    'talks',
    'prices',
    '"military base"',
    'tajik*',
  ];
  const searches = [
    ...words.map((w) => `/api/search?q=${encodeURIComponent(w)}`),
    ...words.slice(0, 5).map((w) => `/api/search?q=${encodeURIComponent(w)}&since=2023-01-01&until=2023-12-31`),
    '/api/search',
    '/api/search?eventType=PROTEST',
    '/api/search?modality=future&q=officials',
    `/api/search?entity=${encodeURIComponent('PERSON:vladimir putin')}&q=talks`,
    '/api/search?source=site7',
    '/api/search?q=border&offset=40',
  ];
  const articles = ids.map((id) => `/api/articles/${id}`);
  const server = await startServer(db);
  try {
    console.error(
      `bench: ${total} records; ${CONNECTIONS} connections, ${SECONDS} s per endpoint against ${server.url}`,
    );
    // First requests, one at a time: the server has not answered them before, so nothing is cached.
    const cold: number[] = [];
    for (const path of searches) {
      const started = performance.now();
      await (await fetch(server.url + path)).arrayBuffer();
      cold.push(performance.now() - started);
    }
    cold.sort((a, b) => a - b);
    console.log(
      `search, first (uncached) request of each of ${searches.length} queries, one at a time: median ${percentile(cold, 0.5).toFixed(1)} ms, p95 ${percentile(cold, 0.95).toFixed(1)} ms (target <= 50 ms), max ${cold[cold.length - 1].toFixed(1)} ms; load average ${loadavg()[0].toFixed(1)}`,
    );
    const rows = [await load('search', server.url, searches), await load('article', server.url, articles)];
    console.table(rows);
    for (const row of rows) {
      const target = TARGET_P95_MS[row.endpoint as keyof typeof TARGET_P95_MS];
      console.log(
        `${row.endpoint}: p95 ${row['p95 ms']} ms (target ≤ ${target} ms) ${row['p95 ms'] <= target ? 'MET' : 'MISSED'}`,
      );
    }
  } finally {
    server.stop();
  }
}

async function serveOnly(db: string) {
  const { listen, SERVER_STORE_OPTIONS } = await import('../src/serve/listen.js');
  const store = await openStore(db, SERVER_STORE_OPTIONS);
  const { url } = await listen({ store, port: 0, webRoot: join(DIR, 'no-web') });
  console.log(url);
  process.once('SIGTERM', () => process.exit(0));
}

if (process.argv[2] === '--server') await serveOnly(process.argv[3]);
else await main();
