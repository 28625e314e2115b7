// npm run bench:scale: the distributed setup against the embedded default, side by side.
//
// 1. Ingest throughput: BENCH_PAGES generated story pages (files) through
//    - the embedded default: one `dateline ingest --workers 0` into a SQLite file (one core, as one worker);
//    - PostgreSQL with 1 and with 2 `dateline worker`s on a Redis queue (each processes on one thread).
//    Workers are started and ready before the pages are enqueued; the time runs from enqueueing
//    to the last job done. Peak RSS of each worker is read from /proc (VmHWM) before it stops.
//    Target: 2 workers >= 1.8x 1 worker; peak RSS per worker <= 500 MB.
// 2. Search: the first, uncached request of each of 20 queries (common and rare words, phrases,
//    prefixes, filters, facets, paging) on the PostgreSQL and the SQLite store holding the same
//    records; p50/p95/max. Target at 1,000,000 records: p95 <= 100 ms (PostgreSQL), <= 50 ms at
//    100k (SQLite). This run has only the pages ingested above: the record count is printed.
//
//   BENCH_PAGES=600 npm run bench:scale
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpus } from 'node:os';
import pg from 'pg';
import { openQueue, queueCounts } from '../src/distribute/queue.js';
import { openStore } from '../src/store/index.js';
import { QUERIES } from './search-queries.js';
import { storyHtml } from '../test/ingest/pages.js';

const PAGES = Number(process.env.BENCH_PAGES ?? 600);
const PG = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS = process.env.BENCH_REDIS ?? 'redis://127.0.0.1:6379';
const CLI = ['--import', 'tsx', join(import.meta.dirname, '../src/cli/main.ts')];

const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-scale-'));
const pages = join(dir, 'pages');
mkdirSync(pages);
for (let i = 0; i < PAGES; i++) writeFileSync(join(pages, `${i}.html`), storyHtml(i));

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: `${PG}/postgres` });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const peakRssMb = (pid: number) =>
  Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

// CPU seconds (user + system) a process has used, from /proc/PID/stat (fields 14 and 15, in clock
// ticks), with those of its children that ended (16 and 17): PostgreSQL's backends come and go,
// and the server process inherits the time of those that ended.
const TICKS_PER_SECOND = 100;
function cpuSeconds(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return (f[11] + f[12] + f[13] + f[14]) / TICKS_PER_SECOND;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

// CPU seconds used so far by every process whose command name starts with `name` (read before
// and after a run and the difference taken).
function cpuOfCommand(name: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith(name)) total += cpuSeconds(pid);
    } catch {
      // gone
    }
  }
  return total;
}

interface CpuPerPage {
  workers: number;
  database: number;
  redis: number;
}

async function embedded(): Promise<number> {
  const db = join(dir, 'embedded.db');
  const start = performance.now();
  const r = spawnSync(process.execPath, [...CLI, 'ingest', pages, '--db', db, '--workers', '0'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return PAGES / ((performance.now() - start) / 1000);
}

async function distributed(
  workers: number,
  db: string,
): Promise<{ perSecond: number; rss: number[]; cpu: CpuPerPage }> {
  const name = `bench-scale-${process.pid}-${workers}`;
  const queue = openQueue(REDIS, name);
  const procs: ChildProcess[] = [];
  try {
    const ready = Array.from({ length: workers }, () => {
      const p = spawn(
        process.execPath,
        [...CLI, 'worker', '--db', db, '--queue', REDIS, '--queue-name', name, '--quiet'],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      procs.push(p);
      return new Promise<void>((resolve) => p.stderr!.on('data', (d) => String(d).includes('worker ') && resolve()));
    });
    await Promise.all(ready);
    const before = {
      workers: procs.map((p) => cpuSeconds(p.pid!)),
      database: cpuOfCommand('postgres'),
      redis: cpuOfCommand('redis-server'),
    };
    const start = performance.now();
    const r = spawnSync(
      process.execPath,
      [...CLI, 'ingest', pages, '--db', db, '--queue', REDIS, '--queue-name', name],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    for (;;) {
      const c = await queueCounts(queue);
      if (c.done + c.failed >= PAGES) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    const seconds = (performance.now() - start) / 1000;
    const rss = procs.map((p) => peakRssMb(p.pid!));
    const perPage = (s: number) => (1000 * s) / PAGES;
    const cpu = {
      workers: perPage(procs.reduce((sum, p, i) => sum + cpuSeconds(p.pid!) - before.workers[i], 0)),
      database: perPage(cpuOfCommand('postgres') - before.database),
      redis: perPage(cpuOfCommand('redis-server') - before.redis),
    };
    return { perSecond: PAGES / seconds, rss, cpu };
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => new Promise((res) => p.once('close', res))));
    await queue.obliterate({ force: true });
    await queue.close();
    await queue.disconnect();
  }
}

async function searchTimes(location: string): Promise<number[]> {
  const store = await openStore(location);
  try {
    const times: number[] = [];
    for (const q of QUERIES) {
      const t = performance.now();
      await store.search(q);
      times.push(performance.now() - t);
    }
    return times;
  } finally {
    await store.close();
  }
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const dbName = (n: number) => `dateline_bench_scale_${process.pid}_${n}`;

try {
  console.log(
    `bench:scale: ${PAGES} generated pages (analysis on), this machine: 2 cores, load ${(await import('node:os')).loadavg()[0].toFixed(1)}`,
  );
  const sqlite = await embedded();
  console.log(`ingest  embedded SQLite, 1 process        ${sqlite.toFixed(1)} pages/s`);
  const results: { perSecond: number; rss: number[]; cpu: CpuPerPage }[] = [];
  for (const workers of [1, 2]) {
    await admin(`CREATE DATABASE ${dbName(workers)}`);
    results.push(await distributed(workers, `${PG}/${dbName(workers)}`));
    const r = results.at(-1)!;
    console.log(
      `ingest  PostgreSQL, ${workers} worker${workers > 1 ? 's' : ' '}              ${r.perSecond.toFixed(1)} pages/s   peak RSS per worker ${r.rss.map((m) => `${m.toFixed(0)} MB`).join(', ')} (target <= 500)`,
    );
    // Where the CPU goes per page: on a machine where the database shares the cores, the workers'
    // and the server's CPU together bound the throughput (cores / CPU per page).
    const total = r.cpu.workers + r.cpu.database + r.cpu.redis;
    console.log(
      `        CPU per page: workers ${r.cpu.workers.toFixed(1)} ms, PostgreSQL ${r.cpu.database.toFixed(1)} ms, Redis ${r.cpu.redis.toFixed(1)} ms; ` +
        `${cpus().length} cores bound this setup at ${((cpus().length * 1000) / total).toFixed(0)} pages/s`,
    );
  }
  console.log(
    `ingest  2 workers / 1 worker = ${(results[1].perSecond / results[0].perSecond).toFixed(2)}x (target >= 1.8x); PostgreSQL 1 worker / embedded = ${(results[0].perSecond / sqlite).toFixed(2)}x`,
  );
  const pgTimes = await searchTimes(`${PG}/${dbName(2)}`);
  const sqliteTimes = await searchTimes(join(dir, 'embedded.db'));
  for (const [label, t] of [
    ['PostgreSQL', pgTimes],
    ['SQLite    ', sqliteTimes],
  ] as const) {
    console.log(
      `search  ${label} ${PAGES} records, ${QUERIES.length} first requests: p50 ${pct(t, 50).toFixed(1)} ms  p95 ${pct(t, 95).toFixed(1)} ms  max ${Math.max(...t).toFixed(1)} ms`,
    );
  }
  console.log(
    `search  at 1,000,000 records: not measured by this run (generating them does not fit here); targets p95 <= 100 ms PostgreSQL, <= 50 ms SQLite at 100k`,
  );
} finally {
  for (const n of [1, 2]) await admin(`DROP DATABASE IF EXISTS ${dbName(n)} WITH (FORCE)`).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
