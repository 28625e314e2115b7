// npm run bench:extract [-- <set-folder>] [--profile FILE]
// Speed of dateline's extract() against @mozilla/readability on linkedom over the same pages (the
// Zyte set by default), each tool timed inside one process, after a warm-up pass. Each tool gets a
// process of its own (this script run again, with DATELINE_BENCH_ONE naming the tool), so none
// runs in a heap another has filled, and dateline's runs with the V8 flags the `dateline` command
// sets (bin/v8-flags.js): the benchmark times what the product runs. The floor and Readability.js
// run with Node's defaults, as bench/readability-process.mjs does. Prints pages/s,
// MB/s, peak RSS after each run, and the speed ratios. The floor is htmlparser2's bare parse
// (decode + parseDocument, which extract() does first): extraction cannot be cheaper than it, so
// the ratio to it says how much the extraction passes add. CPU time decides; wall time is shown
// for reference (the machine may be shared).
//
// Then, when the set has a pages/ folder and the CLI is built, the whole process: CPU time of
// `dateline extract --json <set>/pages` (start-up, reading and decompressing the files, writing
// the records) against a Node process doing the same with Readability.js
// (bench/readability-process.mjs), each the least of two runs, and the start-up alone (`dateline
// extract` of one small sample page).
//
// `--profile FILE` takes a CPU profile of dateline's timed pass alone (in its own process, after the
// warm-up; cpu-profile.ts), writes it to FILE and prints the functions with the most self time and
// the share of each extraction stage with what it calls: the profiled pass is a little slower, so
// the ratios of that run are the profiled ones.
import { spawnSync } from 'node:child_process';
import { setProductV8Flags } from '../bin/v8-flags.js';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { parseDocument } from 'htmlparser2';
import { Readability } from '@mozilla/readability';
import { extract } from '../src/extract/index.js';
import { decode } from '../src/extract/decode.js';
import { readGold, readPage } from '../eval/extract-set.js';
import { CpuProfile } from './cpu-profile.js';

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/extraction/zyte', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Preloaded into each timed process: writes its CPU time at exit (see bench/cli.ts). */
const USAGE_HOOK = fileURLToPath(new URL('./cli-usage.mjs', import.meta.url));
const READABILITY_PROCESS = fileURLToPath(new URL('./readability-process.mjs', import.meta.url));
const SMALL_PAGE = join(ROOT, 'samples', 'news-sahel-convoy.html');
/** Runs of each process; the least CPU time is kept (other jobs on the machine only add to it). */
const PROCESS_RUNS = 2;
/** Pages run once untimed first, so the JIT and lazy module loading do not count. */
const WARMUP_PAGES = 20;
/** Set in the child process that times one tool: which one (see TOOLS). */
const ONE = process.env.DATELINE_BENCH_ONE;
/** Set in the child process that times dateline when `--profile FILE` was given: the file. */
const PROFILE = process.env.DATELINE_BENCH_PROFILE;
/** Functions `--profile` prints, by self time. */
const PROFILE_TOP = 30;
/** The stages of extract() whose inclusive shares `--profile` prints (function names as V8 reports them). */
const PROFILE_STAGES = [
  'decode',
  'parseHtml',
  'extractMetadata',
  'extractBody',
  'collectLinks',
  'extractComments',
  'detectLanguage',
  '(garbage collector)',
];

interface Run {
  name: string;
  pages: number;
  seconds: number;
  /** CPU seconds (user + system): steadier than wall time on a machine shared with other jobs. */
  cpuSeconds: number;
  peakRssMb: number;
}

interface Page {
  bytes: Uint8Array;
  url: string;
}

async function time(name: string, pages: readonly Page[], fn: (p: Page) => void, profile?: CpuProfile): Promise<Run> {
  for (const p of pages.slice(0, WARMUP_PAGES)) fn(p);
  await profile?.start();
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const p of pages) fn(p);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  // maxRSS is in kilobytes: the peak of the process, which times this one tool.
  return {
    name,
    pages: pages.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

type Tool = 'floor' | 'ours' | 'theirs';
const TOOLS: readonly Tool[] = ['floor', 'ours', 'theirs'];

function loadPages(setDir: string): Page[] {
  return readGold(setDir).map((g) => ({ bytes: readPage(setDir, g), url: g.url }));
}

/** In the child process: times one tool over the set and prints its Run as JSON (and, for dateline
 * with a profile asked for, the profile's summary on standard error). */
async function timeOne(tool: Tool, setDir: string): Promise<void> {
  if (tool === 'ours') setProductV8Flags();
  // Only the bytes are held; each run decodes what it reads, so neither gets a head start.
  const pages = loadPages(setDir);
  const decoder = new TextDecoder();
  let run: Run;
  if (tool === 'floor')
    run = await time('htmlparser2 parse (floor)', pages, (p) => {
      parseDocument(decode(p.bytes).text);
    });
  else if (tool === 'ours') {
    const profile = PROFILE ? new CpuProfile() : undefined;
    run = await time(
      'dateline extract()',
      pages,
      (p) => {
        try {
          extract({ content: p.bytes, url: p.url, format: 'html' });
        } catch {
          // Refused pages (ExtractError) still cost their time; the eval reports them.
        }
      },
      profile,
    );
    if (profile) {
      const lines = await profile.stop(PROFILE!, PROFILE_TOP, PROFILE_STAGES);
      console.error(`CPU profile of dateline's timed pass (profiled) in ${PROFILE}; main thread:`);
      for (const line of lines) console.error(`  ${line}`);
    }
  } else
    run = await time('Readability.js on linkedom', pages, (p) => {
      const { document } = parseHTML(decoder.decode(p.bytes));
      new Readability(document as unknown as Document).parse();
    });
  process.stdout.write(JSON.stringify(run));
}

/** Runs this script again to time `tool` in a process of its own. */
function timeInChild(tool: Tool, setDir: string, profilePath?: string): Run {
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), setDir], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATELINE_BENCH_ONE: tool,
      ...(tool === 'ours' && profilePath ? { DATELINE_BENCH_PROFILE: profilePath } : {}),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`timing ${tool} exited ${r.status}`);
  return JSON.parse(r.stdout) as Run;
}

/** The set folder and `--profile`'s file from the command line. */
function readArgs(args: readonly string[]): { setDir: string; profilePath?: string } {
  const at = args.indexOf('--profile');
  const profilePath = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && (!profilePath || profilePath.startsWith('--'))) {
    console.error('bench:extract: --profile FILE: give the file to write the profile to');
    process.exit(2);
  }
  const setDir = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  return { setDir: setDir ?? DEFAULT_SET, profilePath };
}

function main(setDir: string, profilePath?: string): void {
  const pages = loadPages(setDir);
  const megabytes = pages.reduce((n, p) => n + p.bytes.byteLength, 0) / 1e6;
  console.log(`${setDir}: ${pages.length} pages, ${megabytes.toFixed(1)} MB (load average ${loadavg()[0].toFixed(1)})`);
  const [floor, ours, theirs] = TOOLS.map((tool) => timeInChild(tool, setDir, profilePath));
  for (const r of [floor, ours, theirs]) {
    console.log(
      `${r.name.padEnd(28)} ${(r.pages / r.seconds).toFixed(1).padStart(7)} pages/s ${(megabytes / r.seconds).toFixed(2).padStart(7)} MB/s  (${(r.pages / r.cpuSeconds).toFixed(1)} pages per CPU second)  peak RSS ${r.peakRssMb.toFixed(0)} MB`,
    );
  }
  console.log(
    `dateline vs Readability.js: ${(theirs.cpuSeconds / ours.cpuSeconds).toFixed(2)}x as fast in CPU time (target >= 5x), ${(theirs.seconds / ours.seconds).toFixed(2)}x in wall time`,
  );
  console.log(
    `dateline vs the parse floor: ${(ours.cpuSeconds / floor.cpuSeconds).toFixed(2)}x the floor's CPU time (target <= 2x), ${(ours.seconds / floor.seconds).toFixed(2)}x its wall time`,
  );
}

/** CPU seconds (user + system) of `node <args>`, the least of PROCESS_RUNS runs; output discarded. */
function processCpu(args: string[]): number {
  const scratch = mkdtempSync(join(tmpdir(), 'dateline-bench-extract-'));
  const usageFile = join(scratch, 'usage.json');
  try {
    const runs: number[] = [];
    for (let i = 0; i < PROCESS_RUNS; i++) {
      const r = spawnSync(process.execPath, ['--import', USAGE_HOOK, ...args], {
        cwd: ROOT,
        env: { ...process.env, DATELINE_BENCH_USAGE: usageFile },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      runs.push((JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number }).cpuMs / 1000);
    }
    return Math.min(...runs);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function wholeProcess(setDir: string): void {
  const folder = join(setDir, 'pages');
  const bin = join(ROOT, 'bin', 'dateline.js');
  if (!existsSync(folder)) return;
  if (!existsSync(join(ROOT, 'dist', 'bundle', 'main.js'))) {
    console.log('whole process: skipped (the CLI is not built: run `npm run build`)');
    return;
  }
  const ours = processCpu([bin, 'extract', '--json', folder]);
  const theirs = processCpu([READABILITY_PROCESS, folder]);
  const startUp = processCpu([bin, 'extract', '--json', SMALL_PAGE]);
  console.log(
    `whole process over ${folder}: dateline extract ${ours.toFixed(2)} CPU s (start-up with one small page ${startUp.toFixed(2)} s), Readability.js process ${theirs.toFixed(2)} CPU s`,
  );
  console.log(
    `dateline vs Readability.js, whole process: ${(ours / theirs).toFixed(2)}x its CPU time (target <= 0.3x)`,
  );
}

if (ONE) await timeOne(ONE as Tool, process.argv[2] ?? DEFAULT_SET);
else {
  const { setDir, profilePath } = readArgs(process.argv.slice(2));
  main(setDir, profilePath);
  wholeProcess(setDir);
}
