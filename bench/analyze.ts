// npm run bench:analyze [-- <folder of .txt files>] [--passes N] [--steady M] [--source] [--profile FILE] [--v8 FLAGS] [--help]
// Speed of the whole analysis (`analyze()`, every registered component) on one core over the
// PolNeAR development texts by default. The gazetteer is loaded and timed on its own first, then
// one untimed warm-up pass, then N timed passes (3 by default): the headline figure, which still
// pays for much of V8's optimising compilation (its compiler and GC threads count in the CPU time).
// Then M further passes (12 by default; 0 skips them) give the steady-state figure a long-running
// process sees. Prints words/s, the time share of each component (measured in a separate pass,
// running the components one by one on the same Doc), and peak RSS (after the timed passes, and at
// the end, after the peer below and the per-component pass).
// `--profile FILE` takes a CPU profile of the M steady-state passes alone (cpu-profile.ts; the
// sampling slows them a little, so their figure is then the profiled one) and prints the functions
// with the most self time. `--v8 "FLAGS"` sets V8 flags after the product's (a value of the product's
// own, such as --interrupt-budget, is then replaced): for trying one against the product's value,
// in two runs side by side; bench:analyze-vs cannot, as both its sides share one process's flags.
// Both wall-clock and CPU-time rates are printed: on a busy shared machine the first undercounts.
// Each timed pass's CPU time is also split by thread (Linux, thread-cpu.ts): the main thread, which
// runs the analysis and, under the product's flags, its garbage collection, and V8's other threads,
// most of it the optimising compiler: the first passes are slower mostly because they are still
// compiling (docs/audits/analysis-speed-h388.md).
// Peer, in the same run: wink-nlp's own full pipeline (tokens, sentences, POS tags, its entities,
// negation and sentiment; a fresh instance with its default pipe) over the same paragraphs, the
// cheapest whole-text NLP pass there is to compare the analysis with.
// The analysis runs on the main thread here, with V8's default heap sizes: the ingest pool's worker
// threads keep the same ones (src/ingest/pool.ts says why; bench:analyze-heaps compares sizes).
// It times the built code in dist/ (what `dateline` runs; `npm run build` makes it, and the bench
// stops if any source file is newer than its build), not the sources through tsx: tsx keeps
// function names by wrapping every named inner function in a helper call each time its outer
// function runs, about 2% of the analysis's CPU that the product does not pay. `--source` times
// src/ through tsx instead (no build needed; bench:analyze-vs compares two checkouts that way).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/record/types.js';
import { staleBuild } from './stale-build.js';
import { CpuProfile } from './cpu-profile.js';
import { ThreadStopwatch, type ThreadCpu } from './thread-cpu.js';
import { setProductV8Flags } from '../bin/v8-flags.js';
import { setFlagsFromString } from 'node:v8';

// The V8 flags the `dateline` command runs with (bin/v8-flags.js): the analysis is timed as the
// product runs it, GC included.
setProductV8Flags();
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/quotes/polnear-dev', import.meta.url));
const DEFAULT_PASSES = 3;
const DEFAULT_STEADY_PASSES = 12;
/** Words as the target counts them: runs of non-space characters. */
const WORD_RE = /\S+/g;
/** Functions `--profile` prints, by self time. */
const PROFILE_TOP = 25;
/** Options followed by a value. */
const VALUED = ['--passes', '--steady', '--profile', '--v8'];
const USAGE = `usage: npm run bench:analyze [-- <folder of .txt files>] [--passes N] [--steady M] [--source] [--profile FILE]
  <folder>        the texts to analyse (default: ../shared/data/quotes/polnear-dev)
  --passes N      timed passes after the one warm-up pass: the headline figure (default ${DEFAULT_PASSES})
  --steady M      further passes, each timed on its own: the steady-state figure (default ${DEFAULT_STEADY_PASSES}; 0 skips them)
  --profile FILE  a CPU profile (.cpuprofile) of the steady-state passes alone, and the functions with the most self time
  --source        time src/ through tsx instead of the build in dist/
  --v8 "FLAGS"    V8 flags set after the product's (bin/v8-flags.js), e.g. --v8 "--interrupt-budget=67584"`;

/** "1.40 main + 0.35 other" for a pass's split by thread, or '' where threads cannot be read. */
function split(cpu: ThreadCpu | null): string {
  return cpu ? `${cpu.main.toFixed(2)} main + ${cpu.other.toFixed(2)} other` : '';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const v8At = args.indexOf('--v8');
  const v8Flags = v8At >= 0 ? (args[v8At + 1] ?? '') : '';
  for (const flag of v8Flags.split(/\s+/).filter(Boolean)) setFlagsFromString(flag);
  const fromSource = args.includes('--source');
  const code = fromSource ? 'src' : 'dist';
  if (!fromSource) {
    const stale = staleBuild();
    if (stale) {
      console.error(
        `bench:analyze: ${stale}; run "npm run build" (or "npx tsc -p tsconfig.build.json" for dist/ alone), or pass --source to time src/ through tsx`,
      );
      process.exit(2);
    }
  }
  const from = (path: string) => import(new URL(`../${code}/${path}`, import.meta.url).href);
  const { extract } = (await from('extract/index.js')) as typeof import('../src/extract/index.js');
  const { analyze } = (await from('analyze/pipeline.js')) as typeof import('../src/analyze/pipeline.js');
  const { newDoc } = (await from('analyze/doc.js')) as typeof import('../src/analyze/doc.js');
  const { COMPONENTS } = (await from(
    'analyze/components/index.js',
  )) as typeof import('../src/analyze/components/index.js');
  const { gazetteer } = (await from(
    'analyze/resources/gazetteer.js',
  )) as typeof import('../src/analyze/resources/gazetteer.js');
  const dir = args.find((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1])) ?? DEFAULT_SET;
  const passesAt = args.indexOf('--passes');
  const passes = passesAt >= 0 ? Math.max(1, Number(args[passesAt + 1]) || DEFAULT_PASSES) : DEFAULT_PASSES;
  const steadyAt = args.indexOf('--steady');
  const steadyPasses = steadyAt >= 0 ? Math.max(0, Number(args[steadyAt + 1]) || 0) : DEFAULT_STEADY_PASSES;
  const profileAt = args.indexOf('--profile');
  const profilePath = profileAt >= 0 ? args[profileAt + 1] : undefined;
  if (profileAt >= 0 && (!profilePath || steadyPasses === 0)) {
    console.error('bench:analyze: --profile FILE profiles the steady-state passes: give a file, and --steady above 0');
    process.exit(2);
  }

  const gazStart = performance.now();
  gazetteer();
  const gazetteerMs = performance.now() - gazStart;

  const articles: Article[] = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => extract({ content: readFileSync(join(dir, f), 'utf8'), format: 'body', path: f }));
  const words = articles.reduce((n, a) => n + (a.text.match(WORD_RE)?.length ?? 0), 0);
  console.log(
    `${dir}: ${articles.length} texts, ${words} words; code: ${code}/; components: ${COMPONENTS.map((c) => c.name).join(', ')}${v8Flags ? `; V8 flags after the product's: ${v8Flags}` : ''}`,
  );
  console.log(`gazetteer load: ${gazetteerMs.toFixed(0)} ms (target <= 1000 ms)`);

  for (const a of articles) analyze(a); // warm-up: JIT, lazy model and index loading
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const threads = new ThreadStopwatch();
  const timedSplits: (ThreadCpu | null)[] = [];
  for (let p = 0; p < passes; p++) {
    for (const a of articles) analyze(a);
    timedSplits.push(threads.lap());
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = (words * passes) / seconds;
  const cpuRate = (words * passes) / cpuSeconds;
  console.log(
    `analyze(): ${(rate / 1000).toFixed(1)}k words/s wall clock on one core (${passes} passes, ${seconds.toFixed(2)} s; target >= 100k)`,
  );
  // On a shared machine the wall clock counts time spent waiting for a core; CPU time does not.
  console.log(
    `analyze(): ${(cpuRate / 1000).toFixed(1)}k words per CPU-second (${cpuSeconds.toFixed(2)} s CPU, includes GC; load average ${loadavg()[0].toFixed(1)}; target >= 100k: ${cpuRate >= 100_000 ? 'met' : 'not met'})`,
  );
  if (timedSplits.every((t) => t))
    console.log(
      `  by thread, CPU s per timed pass (main thread: the analysis and its GC; other: V8's compiler and helpers): ${timedSplits.map(split).join(', ')}`,
    );
  const rssAfterTimed = process.resourceUsage().maxRSS / 1024;
  if (steadyPasses > 0) {
    // The same texts again: each pass is timed on its own; the figure is the median pass.
    const perPass: number[] = [];
    const steadySplits: (ThreadCpu | null)[] = [];
    const profile = profilePath ? new CpuProfile() : null;
    await profile?.start();
    threads.lap();
    for (let p = 0; p < steadyPasses; p++) {
      const t = process.cpuUsage();
      for (const a of articles) analyze(a);
      const used = process.cpuUsage(t);
      perPass.push((used.user + used.system) / 1e6);
      steadySplits.push(threads.lap());
    }
    const hottest = profile ? await profile.stop(profilePath!, PROFILE_TOP) : [];
    const median = [...perPass].sort((x, y) => x - y)[Math.floor(perPass.length / 2)];
    console.log(
      `analyze(), steady state: ${(words / median / 1000).toFixed(1)}k words per CPU-second (median of ${steadyPasses} further passes${profile ? ', profiled' : ''}, ${median.toFixed(2)} s CPU each; passes ${perPass.map((x) => x.toFixed(2)).join(' ')})`,
    );
    if (steadySplits.every((t) => t))
      console.log(`  by thread, CPU s per steady pass: ${steadySplits.map(split).join(', ')}`);
    console.log(
      `peak RSS after the ${passes} timed passes: ${rssAfterTimed.toFixed(0)} MB; after ${passes + steadyPasses}: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
    if (profile) {
      console.log(`CPU profile of the steady-state passes (profiled) in ${profilePath}; self time, main thread:`);
      for (const line of hottest) console.log(`  ${line}`);
    }
  }

  // The peer: wink-nlp's whole default pipeline over the same paragraphs, timed the same way.
  const wink = winkNLP(model);
  const paragraphs = articles.flatMap((a) => a.paragraphs.map(([s, e]) => a.text.slice(s, e)));
  for (const p of paragraphs) wink.readDoc(p).tokens().out();
  const peerStart = process.cpuUsage();
  for (let p = 0; p < passes; p++) for (const text of paragraphs) wink.readDoc(text).tokens().out();
  const peerUsed = process.cpuUsage(peerStart);
  const peerRate = (words * passes) / ((peerUsed.user + peerUsed.system) / 1e6);
  console.log(
    `peer, wink-nlp's own pipeline alone: ${(peerRate / 1000).toFixed(1)}k words per CPU-second; analyze() costs ${(peerRate / cpuRate).toFixed(2)}x its CPU time`,
  );

  const perComponent = new Map<string, number>(COMPONENTS.map((c) => [c.name, 0]));
  for (const a of articles) {
    const doc = newDoc(a);
    for (const c of COMPONENTS) {
      const t = process.cpuUsage();
      c.run(doc);
      const used = process.cpuUsage(t);
      perComponent.set(c.name, perComponent.get(c.name)! + (used.user + used.system) / 1000);
    }
  }
  const total = [...perComponent.values()].reduce((x, y) => x + y, 0);
  console.log(`per component (one more pass, components run one by one; ${total.toFixed(0)} ms CPU in all):`);
  for (const [name, ms] of perComponent) {
    console.log(
      `  ${name.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms CPU  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${(words / ms).toFixed(0).padStart(6)}k words per CPU-second alone`,
    );
  }
  console.log(
    `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB at the end, with the peer and the per-component pass (target <= 500 MB)`,
  );
}

await main();
