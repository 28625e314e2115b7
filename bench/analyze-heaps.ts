// npm run bench:analyze-heaps -- <young generation MB> <young generation MB> [...] [folder of .txt files] [--rounds N]
// Does a heap size make the analysis faster? analyze() on worker threads that differ only in
// resourceLimits.maxYoungGenerationSizeMb (0: V8's default, 48 MB on 64 bits: two 16 MB
// semi-spaces and one more for large objects), as the ingest pool analyses (src/ingest/pool.ts), in
// one process over the same texts (PolNeAR dev by default). Each thread extracts its own articles
// and takes four untimed passes (JIT); then the threads take one pass each in turn, the order reversed
// every round, so all see the same machine load: separate processes, one per setting, differ more
// from run to run on this shared machine than the settings do. A process-wide V8 flag cannot be
// compared this way, nor a main-thread heap.
// Prints the CPU seconds of each pass (the process's: the other threads wait meanwhile; GC helper
// threads count) and the median per setting, and the peak RSS of the whole process (every thread's
// heap at once: not a product figure).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { median } from './ab-rounds.js';

const DEFAULT_SET = fileURLToPath(new URL('../../shared/data/quotes/polnear-dev', import.meta.url));
const DEFAULT_ROUNDS = 16;
const WARM_UP_PASSES = 4;
/** Words as bench:analyze counts them: runs of non-space characters. */
const WORD_RE = /\S+/g;

interface Setup {
  dir: string;
}

/** A thread running this module with a young generation of `mb` (0: V8's default); tsx registered first (Node 20 does not pass loaders to workers). */
function thread(mb: number, setup: Setup): Worker {
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  return new Worker(boot, {
    eval: true,
    workerData: setup,
    resourceLimits: mb > 0 ? { maxYoungGenerationSizeMb: mb } : {},
  });
}

/** Sends `passes` and resolves, with the words of its texts, when the thread has run them. */
function run(w: Worker, passes: number): Promise<number> {
  return new Promise((resolve) => {
    w.once('message', resolve);
    w.postMessage(passes);
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Math.max(2, Number(args[roundsAt + 1]) || DEFAULT_ROUNDS) : DEFAULT_ROUNDS;
  const positional = args.filter((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));
  const sizes = positional.filter((a) => /^\d+$/.test(a)).map(Number);
  const dir = positional.find((a) => !/^\d+$/.test(a)) ?? DEFAULT_SET;
  if (sizes.length < 2) {
    console.error(
      'usage: npm run bench:analyze-heaps -- <young generation MB> <young generation MB> [...] [folder] [--rounds N]',
    );
    process.exit(2);
  }
  const threads = sizes.map((mb) => thread(mb, { dir }));
  for (const t of threads)
    t.on('error', (err) => {
      console.error(err);
      process.exit(1);
    });
  let words = 0;
  for (const t of threads) words = await run(t, WARM_UP_PASSES);
  const times = sizes.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    const order = [...sizes.keys()];
    if (round % 2) order.reverse();
    for (const i of order) {
      const start = process.cpuUsage();
      await run(threads[i]!, 1);
      const used = process.cpuUsage(start);
      times[i]!.push((used.user + used.system) / 1e6);
    }
  }
  await Promise.all(threads.map((t) => t.terminate()));
  console.log(`${dir}: ${words} words, ${rounds} rounds alternating`);
  sizes.forEach((mb, i) => {
    const xs = times[i]!;
    console.log(
      `young generation ${mb > 0 ? `${mb} MB` : "V8's default"}: ${xs.map((x) => x.toFixed(2)).join(' ')}  (median ${median(xs).toFixed(3)} s, ${(words / median(xs) / 1000).toFixed(1)}k words per CPU-second; / first setting ${(median(xs) / median(times[0]!)).toFixed(3)})`,
    );
  });
  console.log(
    `load average ${loadavg()[0].toFixed(1)}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB for all ${sizes.length} threads at once`,
  );
}

async function analysisThread(setup: Setup): Promise<void> {
  const { extract } = await import('../src/extract/index.js');
  const { analyze } = await import('../src/analyze/pipeline.js');
  const articles = readdirSync(setup.dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => extract({ content: readFileSync(join(setup.dir, f), 'utf8'), format: 'body', path: f }));
  const words = articles.reduce((n, a) => n + (a.text.match(WORD_RE)?.length ?? 0), 0);
  parentPort!.on('message', (passes: number) => {
    for (let p = 0; p < passes; p++) for (const a of articles) analyze(a);
    parentPort!.postMessage(words);
  });
}

if (isMainThread) await main();
else await analysisThread(workerData as Setup);
