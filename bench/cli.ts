// npm run bench:cli [-- --runs N]
// Start-up cost of the built `dateline` command (node bin/dateline.js, what users run) against an
// empty `node -e 0`: CPU time, wall time and peak RSS per command, medians of N runs, and the
// difference and ratio to the empty process. Targets (issue 10): --help, search and show within
// 0.3 s, extract of one page within 0.6 s, analyze of one page within 1.2 s. CPU time is the
// steadier figure on a shared machine; wall time is printed beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const USAGE_HOOK = fileURLToPath(new URL('./cli-usage.mjs', import.meta.url));
const PAGE = join(ROOT, 'samples', 'blogger-kant-airbase.txt');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Number(values.runs);

interface Sample {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

const scratch = mkdtempSync(join(tmpdir(), 'dateline-bench-cli-'));
const usageFile = join(scratch, 'usage.json');

/** One run of `node <args>`, with its wall time and, from the preloaded hook, its CPU time and peak RSS. */
function once(args: string[], env: Record<string, string> = {}): Sample {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', USAGE_HOOK, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, DATELINE_BENCH_USAGE: usageFile },
    encoding: 'utf8',
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssMb: number };
  return { wallMs, ...usage };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(args: string[], env?: Record<string, string>): Sample {
  once(args, env); // warm the file cache
  const runs = Array.from({ length: RUNS }, () => once(args, env));
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMb: median(runs.map((r) => r.maxRssMb)),
  };
}

function main(): void {
  const bin = join(ROOT, 'bin', 'dateline.js');
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const db = join(scratch, 'bench.db');
  const env = { DATELINE_DB: db };
  // A database with the sample corpus, for search and show.
  const ingest = spawnSync(process.execPath, [bin, 'ingest', join(ROOT, 'samples'), '--workers', '0', '--json'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
  const search = spawnSync(process.execPath, [bin, 'search', 'military', '--json'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const id = (JSON.parse(search.stdout) as { hits: { id: string }[] }).hits[0].id.slice(0, 8);

  const peer = measure(['-e', '0']);
  const commands: { name: string; args: string[]; targetMs: number }[] = [
    { name: '--help', args: ['--help'], targetMs: 300 },
    { name: 'search military', args: ['search', 'military'], targetMs: 300 },
    { name: `show ${id}`, args: ['show', id], targetMs: 300 },
    { name: 'extract (1 page)', args: ['extract', PAGE], targetMs: 600 },
    { name: 'analyze (1 page)', args: ['analyze', PAGE], targetMs: 1200 },
  ];
  const rows = [
    {
      command: 'node -e 0',
      'cpu ms': Math.round(peer.cpuMs),
      'wall ms': Math.round(peer.wallMs),
      'rss MB': Math.round(peer.maxRssMb),
      'cpu − node': '',
      'cpu ×node': '',
      target: '',
      met: '',
    },
  ];
  for (const c of commands) {
    const s = measure([bin, ...c.args], env);
    rows.push({
      command: `dateline ${c.name}`,
      'cpu ms': Math.round(s.cpuMs),
      'wall ms': Math.round(s.wallMs),
      'rss MB': Math.round(s.maxRssMb),
      'cpu − node': `+${Math.round(s.cpuMs - peer.cpuMs)}`,
      'cpu ×node': `${(s.cpuMs / peer.cpuMs).toFixed(1)}×`,
      target: `≤ ${c.targetMs}`,
      met: s.cpuMs <= c.targetMs ? 'yes' : 'NO',
    });
  }
  console.log(
    `dateline CLI start-up, medians of ${RUNS} runs (CPU = user + system; load average ${process.platform === 'linux' ? readFileSync('/proc/loadavg', 'utf8').split(' ')[0] : '?'})`,
  );
  console.table(rows);
}

try {
  main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
