// npm run bench:ingest [-- --pages 10000] [--extract-only] [--workers N] [--compare 50000]
// Builds a WARC.gz of varied news pages from the sample corpus in samples/ (paragraphs of all
// samples mixed, reordered, names and numbers changed, so every text differs) with warcio's
// WARCSerializer, then ingests it into a fresh SQLite database through the same code as
// `dateline ingest` (WARC source, worker pool, near-duplicate grouping, store), each run in a
// child process so its peak RSS is its own. Prints pages/s end to end and peak RSS; with
// --compare N, also runs N pages and compares peak RSS (target: within 20%). --keep leaves the
// WARC files and databases in place.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WARCRecord } from 'warcio';
import { WARCSerializer } from 'warcio/node';
import { FAMILY, GIVEN } from './made-up-names.js';

const SAMPLES = fileURLToPath(new URL('../samples', import.meta.url));
/** Body paragraphs per generated page (drawn from all samples). */
const PARAGRAPHS_PER_PAGE = 7;
/** Share of pages stored as plain-text dumps rather than HTML, as a crawl of mixed sources. */
const TEXT_SHARE = 0.2;
/** Every this many pages, one is a syndicated copy of an earlier page under another URL and header: near-duplicate grouping at scale. */
const REPOST_EVERY = 20;
/** How far back the reposted page is. */
const REPOST_LAG = 7;
/** Boilerplate links in each HTML page's navigation and footer, so pages weigh what real ones do (tens of KB). */
const NAV_LINKS = 120;

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '10000' },
    'extract-only': { type: 'boolean', default: false },
    workers: { type: 'string' },
    compare: { type: 'string' },
    child: { type: 'string' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

/** A deterministic generator, so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

interface Sample {
  title: string;
  paragraphs: string[];
}

/** Samples as a title (the longest short line before the body) and body paragraphs (long lines). */
function readSamples(): Sample[] {
  return readdirSync(SAMPLES)
    .filter((f) => /\.(txt|html?)$/i.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(SAMPLES, f), 'utf8').replace(/<[^>]+>/g, '\n');
      const blocks = text
        .split(/\n\s*\n|\n(?=\s*<)/)
        .map((b) => b.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      const paragraphs = blocks.filter((b) => b.length >= 120);
      const header = blocks.slice(0, blocks.indexOf(paragraphs[0]));
      return { title: header.reduce((a, b) => (b.length > a.length && b.length < 120 ? b : a), f), paragraphs };
    })
    .filter((s) => s.paragraphs.length > 0);
}

const CAPITALISED = /(?<=[a-z,;] )[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?/g;
const NUMBER = /\d+(?:\.\d+)?/g;

function varyParagraph(p: string, next: () => number): string {
  return p
    .replace(NUMBER, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + next())))))
    .replace(CAPITALISED, (w) =>
      next() < 0.5
        ? w
        : w.includes(' ')
          ? `${GIVEN[Math.floor(next() * 16)]} ${FAMILY[Math.floor(next() * 16)]}`
          : FAMILY[Math.floor(next() * 16)],
    );
}

function page(i: number, samples: Sample[]): { html: boolean; body: string } {
  if (i % REPOST_EVERY === REPOST_EVERY - 1 && i >= REPOST_LAG) {
    const original = page(i - REPOST_LAG, samples);
    const credit = `This story was first published by The Daily Sample and is republished here under a syndication agreement (${i}).`;
    return {
      ...original,
      body: original.html ? original.body.replace('</h1>', `</h1><p>${credit}</p>`) : `${credit}\n\n${original.body}`,
    };
  }
  const next = rng(i + 1);
  const pool = samples.flatMap((s) => s.paragraphs);
  const lead = samples[i % samples.length];
  const paragraphs = [
    lead.paragraphs[0],
    ...Array.from({ length: PARAGRAPHS_PER_PAGE - 1 }, () => pool[Math.floor(next() * pool.length)]),
  ].map((p) => varyParagraph(p, next));
  const title = `${varyParagraph(lead.title, next)} (${i})`;
  const date = new Date(Date.UTC(2023, 0, 1) + i * 3_600_000).toISOString();
  if (next() < TEXT_SHARE)
    return {
      html: false,
      body: [
        title,
        '',
        `By ${GIVEN[i % 16]} ${FAMILY[(i >> 4) % 16]}`,
        '',
        date.slice(0, 10),
        '',
        ...paragraphs.flatMap((p) => [p, '']),
      ].join('\n'),
    };
  const nav = Array.from({ length: NAV_LINKS }, (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`).join('');
  return {
    html: true,
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | The Daily Sample</title>
<meta property="article:published_time" content="${date}"><style>${'.x{color:#333}'.repeat(200)}</style><script>${'var a=1;'.repeat(300)}</script></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${title}</h1><p class="byline">By ${GIVEN[i % 16]} ${FAMILY[(i >> 4) % 16]}</p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article><aside><h2>Most read</h2><ul>${nav.slice(0, 3000)}</ul></aside></main><footer><ul>${nav}</ul><p>© The Daily Sample</p></footer></body></html>`,
  };
}

async function buildWarc(path: string, pages: number): Promise<number> {
  const samples = readSamples();
  if (samples.length === 0) throw new Error(`no samples in ${SAMPLES}`);
  const out = createWriteStream(path);
  const enc = new TextEncoder();
  let bytes = 0;
  for (let i = 0; i < pages; i++) {
    const p = page(i, samples);
    const url = `https://bench.example/${i}`;
    const date = new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString();
    const body = enc.encode(p.body);
    bytes += body.byteLength;
    const request = WARCRecord.create(
      { url, date, type: 'request', statusline: 'GET / HTTP/1.1', httpHeaders: { Host: 'bench.example' } },
      [new Uint8Array()],
    );
    const response = WARCRecord.create(
      {
        url,
        date,
        type: 'response',
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': p.html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' },
      },
      [body],
    );
    for (const r of [request, response]) {
      if (!out.write(await WARCSerializer.serialize(r, { gzip: true })))
        await new Promise<void>((res) => out.once('drain', () => res()));
    }
  }
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
  return bytes / pages;
}

interface RunResult {
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  /** CPU time of the whole process (all threads) per page: what the run costs on an idle machine. */
  cpuMsPerPage: number;
  peakRssMb: number;
  summary: Record<string, unknown>;
}

/** Child mode: one ingest of the WARC into a fresh database, as `dateline ingest` does it. */
async function child(warc: string, db: string): Promise<void> {
  const { openStore } = await import('../src/store/index.js');
  const { ingest } = await import('../src/ingest/run.js');
  const { inputEntries } = await import('../src/sources/inputs.js');
  const { Fetcher } = await import('../src/sources/fetch/fetcher.js');
  const { workerPool } = await import('../src/ingest/pool.js');
  const workers = Number(args.workers ?? Math.max(1, availableParallelism() - 1));
  const store = await openStore(db);
  const processor = workers > 0 ? workerPool(workers) : (await import('../src/ingest/process.js')).inlineProcessor;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  const s = await ingest(inputEntries({ inputs: [warc] }, new Fetcher(), store.ingestState), store, {
    processor,
    analyze: !args['extract-only'],
  });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await processor.close();
  await store.close();
  const pages = s.new + s.updated + s.unchanged + s.duplicate + s.failed.length;
  const result: RunResult = {
    pages,
    seconds,
    pagesPerSecond: pages / seconds,
    cpuMsPerPage: (cpu.user + cpu.system) / 1000 / pages,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    summary: {
      new: s.new,
      duplicate: s.duplicate,
      nearDuplicate: s.nearDuplicate,
      failed: s.failed.length,
      firstFailures: s.failed.slice(0, 3),
      skipped: s.skipped,
    },
  };
  console.log(JSON.stringify(result));
}

function runChild(warc: string, dir: string, label: string): RunResult {
  const passOn = [
    ...(args['extract-only'] ? ['--extract-only'] : []),
    ...(args.workers ? ['--workers', args.workers] : []),
  ];
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', warc, '--db', join(dir, `${label}.db`), ...passOn],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`ingest run failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as RunResult;
}

async function measure(pages: number, dir: string): Promise<RunResult> {
  const warc = join(dir, `bench-${pages}.warc.gz`);
  const t0 = performance.now();
  const avg = await buildWarc(warc, pages);
  console.log(
    `built ${warc}: ${pages} pages (avg ${(avg / 1024).toFixed(1)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const r = runChild(warc, dir, String(pages));
  console.log(
    `ingest ${pages} pages${args['extract-only'] ? ' (extraction only)' : ' (extraction + analyses)'}: ${r.seconds.toFixed(1)} s, ${r.pagesPerSecond.toFixed(1)} pages/s, ${r.cpuMsPerPage.toFixed(2)} CPU-ms/page, peak RSS ${r.peakRssMb.toFixed(0)} MB`,
  );
  console.log(`  ${JSON.stringify(r.summary)}`);
  return r;
}

async function main(): Promise<void> {
  if (args.child) return child(args.child, args.db!);
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  try {
    // Other work on the machine slows the wall-clock figure; CPU-ms/page shows the cost regardless.
    console.log(
      `workers: ${args.workers ?? Math.max(1, availableParallelism() - 1)} (cores: ${availableParallelism()}, load average ${loadavg()[0].toFixed(1)})`,
    );
    const base = await measure(Number(args.pages), dir);
    if (args.compare) {
      const big = await measure(Number(args.compare), dir);
      const growth = (big.peakRssMb / base.peakRssMb - 1) * 100;
      console.log(
        `peak RSS ${args.pages} → ${args.compare} pages: ${base.peakRssMb.toFixed(0)} → ${big.peakRssMb.toFixed(0)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%, target within 20%)`,
      );
    }
  } finally {
    if (args.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
