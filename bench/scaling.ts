// npm run bench:scaling [-- --words 10000] [--kinds no-punctuation,quotation-marks] [--mb 1] [--no-sizes]
// Does the analysis cost grow linearly with the text, whatever the text? For each pathological
// kind (bench/pathological.ts) it analyses the text at 1x, 2x, 4x and 8x the base size, each in
// its own child process so the peak RSS is that size's own, and prints CPU time (the least of two
// runs), peak RSS, the heap the record holds after a full collection, and the ratio per doubling
// (targets: <= 2.3x time, <= 2x memory). With --mb N it also analyses
// N MB of each kind (target for 1 MB: <= 10 s and <= 600 MB). Start-up (module loading, the
// gazetteer, JIT warm-up) is excluded from the time: each child analyses a sample article and a
// short text of the kind first, then the generated text.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PATHOLOGICAL_KINDS, pathologicalText, type PathologicalKind } from './pathological.js';

const SIZES = [1, 2, 4, 8];
const DEFAULT_WORDS = 10000;
const WARMUP_SAMPLE = fileURLToPath(new URL('../samples/blogger-kant-airbase.txt', import.meta.url));
/** Words of the kind analysed before the measured run, for the warm-up. */
const WARMUP_WORDS = 2000;
/** Timed runs per size; the least CPU time counts. */
const REPETITIONS = 2;
/** Targets of issue 19, printed beside the measured ratios. */
const MAX_TIME_RATIO = 2.3;
const MAX_MEMORY_RATIO = 2;

const { values: args } = parseArgs({
  options: {
    words: { type: 'string', default: String(DEFAULT_WORDS) },
    kinds: { type: 'string' },
    mb: { type: 'string' },
    'no-sizes': { type: 'boolean', default: false },
    child: { type: 'string' },
    size: { type: 'string' },
    chars: { type: 'string' },
  },
});

interface Measure {
  chars: number;
  words: number;
  cpuSeconds: number;
  wallSeconds: number;
  /** Peak RSS of the whole process, MB. */
  peakMb: number;
  /** Heap held after the analysis (the record and what it keeps alive), after a full collection, MB. */
  retainedMb: number;
  warnings: string[];
}

/** In the child: start up, warm up, then analyse one generated text and print a Measure as JSON. */
async function child(kind: PathologicalKind, words: number, minChars: number): Promise<void> {
  const { extract } = await import('../src/extract/index.js');
  const { analyze } = await import('../src/analyze/pipeline.js');
  analyze(extract({ content: readFileSync(WARMUP_SAMPLE, 'utf8'), path: WARMUP_SAMPLE }));
  // The JIT warms up on the kind itself too, else the first size pays for compiling its paths.
  analyze(extract({ content: pathologicalText(kind, WARMUP_WORDS), format: 'body', path: `${kind}-warmup.txt` }));
  let text = pathologicalText(kind, words);
  // For the --mb runs: grow the word count until the text is at least the asked size.
  while (text.length < minChars) text = pathologicalText(kind, Math.ceil((words *= (minChars / text.length) * 1.01)));
  const article = extract({ content: text, format: 'body', path: `${kind}.txt` });
  const collect = globalThis.gc ?? (() => {});
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  // The least CPU time of a few runs: a busy machine or an untimely collection does not decide.
  let cpuSeconds = Infinity;
  let wallSeconds = Infinity;
  let record = analyze(article);
  // Peak RSS of one analysis: the timed runs after it leave garbage of their own.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  for (let r = 0; r < REPETITIONS; r++) {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    record = analyze(article);
    const used = process.cpuUsage(cpu);
    cpuSeconds = Math.min(cpuSeconds, (used.user + used.system) / 1e6);
    wallSeconds = Math.min(wallSeconds, (performance.now() - wall) / 1000);
  }
  collect();
  const m: Measure = {
    chars: text.length,
    words: text.split(/\s+/).length,
    cpuSeconds,
    wallSeconds,
    peakMb,
    retainedMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
    warnings: [...new Set(record.warnings.map((w) => w.code))],
  };
  process.stdout.write(JSON.stringify(m));
}

function measure(kind: PathologicalKind, words: number, minChars = 0): Measure {
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--child',
      kind,
      '--size',
      String(words),
      '--chars',
      String(minChars),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (r.status !== 0)
    throw new Error(
      `${kind} at ${words} words: child failed (${r.status ?? r.signal}): ${r.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('    at '))
        .slice(-4)
        .join(' | ')}`,
    );
  return JSON.parse(r.stdout) as Measure;
}

function row(label: string, m: Measure, prev?: Measure): string {
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : '-');
  const cols = [
    label.padEnd(4),
    `${(m.words / 1000).toFixed(0)}k words`.padStart(12),
    `${(m.chars / 1e6).toFixed(2)} MB`.padStart(9),
    `${m.cpuSeconds.toFixed(2)} s CPU`.padStart(12),
    `${m.peakMb.toFixed(0)} MB peak`.padStart(12),
    `${m.retainedMb.toFixed(1)} MB held`.padStart(13),
  ];
  if (prev)
    cols.push(
      `time ${ratio(m.cpuSeconds, prev.cpuSeconds)}`.padStart(11),
      `peak ${ratio(m.peakMb, prev.peakMb)}`.padStart(11),
      `held ${ratio(m.retainedMb, prev.retainedMb)}`.padStart(11),
    );
  if (m.warnings.length) cols.push(` warnings: ${m.warnings.join(', ')}`);
  return cols.join(' ');
}

function main(): void {
  const kinds = (args.kinds ? args.kinds.split(',') : Object.keys(PATHOLOGICAL_KINDS)) as PathologicalKind[];
  for (const k of kinds)
    if (!(k in PATHOLOGICAL_KINDS))
      throw new Error(`unknown kind "${k}" (kinds: ${Object.keys(PATHOLOGICAL_KINDS).join(', ')})`);
  const base = Number(args.words);
  console.log(
    `bench:scaling: ${kinds.length} kinds, base ${base} words at ${SIZES.join('x/')}x; targets per doubling <= ${MAX_TIME_RATIO}x CPU time, <= ${MAX_MEMORY_RATIO}x memory; load average ${loadavg()[0].toFixed(1)}`,
  );
  let worstTime = 0;
  let worstPeak = 0;
  let worstHeld = 0;
  if (!args['no-sizes']) {
    for (const kind of kinds) {
      console.log(kind);
      let prev: Measure | undefined;
      for (const s of SIZES) {
        const m = measure(kind, base * s);
        console.log(`  ${row(`${s}x`, m, prev)}`);
        if (prev) {
          worstTime = Math.max(worstTime, m.cpuSeconds / prev.cpuSeconds);
          worstPeak = Math.max(worstPeak, m.peakMb / prev.peakMb);
          worstHeld = Math.max(worstHeld, m.retainedMb / prev.retainedMb);
        }
        prev = m;
      }
    }
    console.log(
      `worst doubling: time ${worstTime.toFixed(2)}x (target <= ${MAX_TIME_RATIO}x), peak RSS ${worstPeak.toFixed(2)}x, heap held ${worstHeld.toFixed(2)}x (target <= ${MAX_MEMORY_RATIO}x)`,
    );
  }
  if (args.mb) {
    const chars = Number(args.mb) * 1e6;
    console.log(`${args.mb} MB of each kind (target for 1 MB: <= 10 s, <= 600 MB)`);
    for (const kind of kinds)
      console.log(`  ${row(kind.slice(0, 4), measure(kind, Math.round(chars / 7), chars))}  ${kind}`);
  }
}

if (args.child) await child(args.child as PathologicalKind, Number(args.size), Number(args.chars ?? 0));
else main();
